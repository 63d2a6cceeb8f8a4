package cn.gov.hlj.consumptionaid.dashboard.ui;

import cn.gov.hlj.consumptionaid.shared.ui.MenuAccessRule;
import com.vaadin.flow.spring.security.NavigationAccessControlConfigurer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.util.List;

/**
 * Vaadin's navigation access control as its Spring Boot default builds it — the {@code @RolesAllowed} checker,
 * switched on by {@code VaadinSecurityConfigurer} in either login mode — plus every module's {@link MenuAccessRule}
 * ({@link DashboardMenuAccess}: each task force's menu offers only its own dashboard; the bulletin editor's).
 */
@Configuration(proxyBeanMethods = false)
class DashboardNavigationConfiguration {

    @Bean
    NavigationAccessControlConfigurer navigationAccessControlConfigurer(List<MenuAccessRule> rules) {
        var configurer = new NavigationAccessControlConfigurer().withAnnotatedViewAccessChecker();
        rules.forEach(configurer::withNavigationAccessChecker);
        return configurer.disabled();
    }
}
