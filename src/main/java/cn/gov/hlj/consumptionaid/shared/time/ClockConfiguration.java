package cn.gov.hlj.consumptionaid.shared.time;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.time.Clock;
import java.time.ZoneId;

/** The portal's clock: China Standard Time. Tests replace it to move time (lockouts, deadlines). */
@Configuration(proxyBeanMethods = false)
public class ClockConfiguration {

    public static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

    @Bean
    Clock clock() {
        return Clock.system(ZONE);
    }
}
