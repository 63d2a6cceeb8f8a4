package cn.gov.hlj.consumptionaid.dashboard.ui;

import com.vaadin.flow.spring.security.NavigationAccessControlConfigurer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Vaadin's navigation access control as its Spring Boot default builds it — the {@code @RolesAllowed} checker,
 * switched on by {@code VaadinSecurityConfigurer} in either login mode — plus {@link DashboardMenuAccess}, so that the
 * menu offers each task force only its own dashboard.
 */
@Configuration(proxyBeanMethods = false)
class DashboardNavigationConfiguration {

    @Bean
    NavigationAccessControlConfigurer navigationAccessControlConfigurer() {
        return new NavigationAccessControlConfigurer()
                .withAnnotatedViewAccessChecker()
                .withNavigationAccessChecker(new DashboardMenuAccess())
                .disabled();
    }
}
