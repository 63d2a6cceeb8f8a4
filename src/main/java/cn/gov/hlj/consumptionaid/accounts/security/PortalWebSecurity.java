package cn.gov.hlj.consumptionaid.accounts.security;

import org.springframework.security.config.annotation.web.builders.HttpSecurity;

/** HTTP security rules shared by the login modes. */
public final class PortalWebSecurity {

    /** Static assets of {@code frontend/} and the WebJars; the login page needs them before anyone signs in. */
    public static final String[] PUBLIC_PATHS = {"/styles/**", "/scripts/**", "/maps/**", "/images/**",
            "/webjars/**", "/actuator/health", "/actuator/health/**"};

    private PortalWebSecurity() {
    }

    public static void permitPublicResources(HttpSecurity http) throws Exception {
        http.authorizeHttpRequests(auth -> auth.requestMatchers(PUBLIC_PATHS).permitAll());
        http.headers(headers -> headers
                .frameOptions(frame -> frame.sameOrigin())
                .contentTypeOptions(contentType -> { }));
    }
}
