package cn.gov.hlj.consumptionaid.accounts.security;

import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.ObjectPostProcessor;
import org.springframework.security.web.header.HeaderWriterFilter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter;

/** HTTP security rules shared by the login modes. */
public final class PortalWebSecurity {

    /** Static assets of {@code frontend/} and the WebJars; the login page needs them before anyone signs in. */
    public static final String[] PUBLIC_PATHS = {"/styles/**", "/scripts/**", "/maps/**", "/images/**",
            "/webjars/**", "/actuator/health", "/actuator/health/**"};

    /**
     * The Content-Security-Policy Vaadin Flow tolerates: its client engine needs inline scripts, {@code eval} and
     * inline styles (see Vaadin's "Content Security Policy" page); everything else comes from the portal itself.
     * {@code form-action} is left out on purpose: the Keycloak mode's logout form is redirected to Keycloak, which
     * Chromium checks against {@code form-action}.
     */
    public static final String CONTENT_SECURITY_POLICY = "default-src 'self'; "
            + "script-src 'self' 'unsafe-inline' 'unsafe-eval'; style-src 'self' 'unsafe-inline'; "
            + "img-src 'self' data: blob:; font-src 'self' data:; connect-src 'self'; worker-src 'self' blob:; "
            + "object-src 'none'; base-uri 'self'; frame-ancestors 'self'";

    private PortalWebSecurity() {
    }

    public static void permitPublicResources(HttpSecurity http) throws Exception {
        http.authorizeHttpRequests(auth -> auth.requestMatchers(PUBLIC_PATHS).permitAll());
        // HSTS is Spring Security's default, written on HTTPS requests only (behind a TLS proxy: with
        // server.forward-headers-strategy set, so the request is known to be secure).
        // Written before the request is handled, not on commit: Vaadin's bootstrap page (the login view, every
        // first page load) commits its response in a way the lazy writer misses, and went out without them.
        http.headers(headers -> headers
                .withObjectPostProcessor(new ObjectPostProcessor<HeaderWriterFilter>() {
                    @Override
                    public <O extends HeaderWriterFilter> O postProcess(O filter) {
                        filter.setShouldWriteHeadersEagerly(true);
                        return filter;
                    }
                })
                .frameOptions(frame -> frame.sameOrigin())
                .contentTypeOptions(contentType -> { })
                .contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
                .referrerPolicy(referrer -> referrer.policy(
                        ReferrerPolicyHeaderWriter.ReferrerPolicy.STRICT_ORIGIN_WHEN_CROSS_ORIGIN)));
    }
}
