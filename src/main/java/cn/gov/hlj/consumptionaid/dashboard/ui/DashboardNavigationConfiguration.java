package cn.gov.hlj.consumptionaid.dashboard.ui;

import cn.gov.hlj.consumptionaid.shared.ui.MenuAccessRule;
import com.vaadin.flow.spring.security.NavigationAccessControlConfigurer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.util.List;

/**
 * Vaadin's navigation access control as its Spring Boot default builds it — the {@code @RolesAllowed} checker,
 * switched on by {@code VaadinSecurityConfigurer} in either login mode — plus {@link DashboardMenuAccess}, so that the
 * menu offers each task force only its own dashboard, and the other modules' {@link MenuAccessRule}s.
 */
@Configuration(proxyBeanMethods = false)
class DashboardNavigationConfiguration {

    @Bean
    NavigationAccessControlConfigurer navigationAccessControlConfigurer(List<MenuAccessRule> rules) {
        var configurer = new NavigationAccessControlConfigurer()
                .withAnnotatedViewAccessChecker()
                .withNavigationAccessChecker(new DashboardMenuAccess());
        rules.forEach(configurer::withNavigationAccessChecker);
        return configurer.disabled();
    }
}
