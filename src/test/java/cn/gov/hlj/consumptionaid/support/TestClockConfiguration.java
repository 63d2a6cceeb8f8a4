package cn.gov.hlj.consumptionaid.support;

import cn.gov.hlj.consumptionaid.shared.time.ClockConfiguration;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

@TestConfiguration(proxyBeanMethods = false)
public class TestClockConfiguration {

    @Bean
    @Primary
    MutableClock mutableClock() {
        return new MutableClock(ClockConfiguration.ZONE);
    }
}
