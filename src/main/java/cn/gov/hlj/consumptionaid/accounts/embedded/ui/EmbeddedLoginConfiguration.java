package cn.gov.hlj.consumptionaid.accounts.embedded.ui;

import cn.gov.hlj.consumptionaid.accounts.security.PortalWebSecurity;
import com.vaadin.flow.spring.security.VaadinSecurityConfigurer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Profile;
import org.springframework.core.env.Environment;
import org.springframework.core.env.Profiles;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.web.SecurityFilterChain;

/**
 * The embedded form login: accounts in the portal's database, BCrypt passwords, lockout after repeated failures.
 * <p>
 * It is meant for the embedded mode only and refuses to start unless the {@code embedded} profile is active, so a
 * production deployment that forgets to activate {@code keycloak} fails at start-up instead of quietly accepting
 * database accounts. It sits beside its login view, which stays package-private.
 */
@Configuration(proxyBeanMethods = false)
@EnableWebSecurity
@Profile("!keycloak")
class EmbeddedLoginConfiguration {

    EmbeddedLoginConfiguration(Environment environment) {
        if (!environment.acceptsProfiles(Profiles.of("embedded"))) {
            throw new IllegalStateException("The embedded login runs only in the 'embedded' profile. "
                    + "Activate 'keycloak' for single sign-on, or 'embedded' for the database login "
                    + "(active profiles: " + String.join(",", environment.getActiveProfiles()) + ").");
        }
    }

    @Bean
    SecurityFilterChain embeddedSecurityFilterChain(HttpSecurity http) throws Exception {
        PortalWebSecurity.permitPublicResources(http);
        return http.with(VaadinSecurityConfigurer.vaadin(), vaadin -> vaadin.loginView(LoginView.class))
                .build();
    }
}
