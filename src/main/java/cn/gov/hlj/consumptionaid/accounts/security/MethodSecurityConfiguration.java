package cn.gov.hlj.consumptionaid.accounts.security;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * Security that holds in every login mode: service methods are secured with {@code @PreAuthorize}, and passwords are
 * hashed with BCrypt (stored with their {@code {bcrypt}} prefix so the algorithm can change later).
 * <p>
 * JSR-250 method security stays off on purpose: views carry {@code @RolesAllowed} / {@code @PermitAll} for Vaadin's
 * navigation access control, and with JSR-250 enabled Spring would also wrap every view in a security proxy.
 * Services therefore use {@code @PreAuthorize} only (an ArchUnit rule checks it).
 */
@Configuration(proxyBeanMethods = false)
@EnableMethodSecurity
public class MethodSecurityConfiguration {

    @Bean
    PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }
}
