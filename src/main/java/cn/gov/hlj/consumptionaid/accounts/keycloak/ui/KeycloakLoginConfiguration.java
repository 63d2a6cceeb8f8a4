package cn.gov.hlj.consumptionaid.accounts.keycloak.ui;

import cn.gov.hlj.consumptionaid.accounts.keycloak.KeycloakAvailability;
import cn.gov.hlj.consumptionaid.accounts.keycloak.KeycloakConfiguration;
import cn.gov.hlj.consumptionaid.accounts.security.PortalWebSecurity;
import com.vaadin.flow.spring.security.VaadinSecurityConfigurer;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Profile;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.client.web.DefaultOAuth2AuthorizationRequestResolver;
import org.springframework.security.oauth2.client.web.OAuth2AuthorizationRequestRedirectFilter;
import org.springframework.security.oauth2.client.web.OAuth2AuthorizationRequestResolver;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.web.filter.OncePerRequestFilter;

import java.io.IOException;

/**
 * Single sign-on through Keycloak (profile {@code keycloak}): OpenID Connect login on Keycloak's own page in Chinese
 * ({@code ui_locales=zh-CN}), logout that ends the Keycloak session too (RP-initiated logout), back-channel logout
 * (a session Keycloak ends, ends in the portal too), and the
 * {@link SignInProblemView} instead of a browser error or a stack trace when Keycloak cannot be reached.
 */
@Configuration(proxyBeanMethods = false)
@EnableWebSecurity
@Profile("keycloak")
class KeycloakLoginConfiguration {

    static final String LOGIN_PATH = OAuth2AuthorizationRequestRedirectFilter.DEFAULT_AUTHORIZATION_REQUEST_BASE_URI
            + "/" + KeycloakConfiguration.REGISTRATION_ID;
    static final String LOGIN_LOCALE = "zh-CN";

    private static final Logger log = LoggerFactory.getLogger(KeycloakLoginConfiguration.class);

    @Bean
    SecurityFilterChain keycloakSecurityFilterChain(HttpSecurity http, ClientRegistrationRepository registrations,
                                                    KeycloakAvailability availability) throws Exception {
        PortalWebSecurity.permitPublicResources(http);
        http.addFilterBefore(new UnavailableKeycloakFilter(availability),
                OAuth2AuthorizationRequestRedirectFilter.class);
        http.oauth2Login(login -> login
                .authorizationEndpoint(endpoint -> endpoint.authorizationRequestResolver(
                        chineseLoginPage(registrations)))
                .failureHandler(failureHandler()));
        // Keycloak tells the portal when it ends a session (logout elsewhere, an administrator ending a session or
        // disabling the account): the portal's own session of that login ends too.
        http.oidcLogout(logout -> logout.backChannel(Customizer.withDefaults()));
        // {baseUrl}: after Keycloak has ended its session it sends the browser back to the portal's root.
        return http.with(VaadinSecurityConfigurer.vaadin(), vaadin -> vaadin.oauth2LoginPage(LOGIN_PATH, "{baseUrl}"))
                .build();
    }

    /** Keycloak's login page in Chinese whatever language the browser asks for. */
    static OAuth2AuthorizationRequestResolver chineseLoginPage(ClientRegistrationRepository registrations) {
        var resolver = new DefaultOAuth2AuthorizationRequestResolver(registrations,
                OAuth2AuthorizationRequestRedirectFilter.DEFAULT_AUTHORIZATION_REQUEST_BASE_URI);
        resolver.setAuthorizationRequestCustomizer(request -> request.additionalParameters(
                parameters -> parameters.put("ui_locales", LOGIN_LOCALE)));
        return resolver;
    }

    /** A failed login (Keycloak gone between the two redirects, an incomplete account) ends on the problem page. */
    static AuthenticationFailureHandler failureHandler() {
        return (request, response, exception) -> {
            var reason = reasonOf(exception);
            log.warn("Keycloak login failed ({}): {}", reason, exception.toString());
            response.sendRedirect(request.getContextPath() + "/" + SignInProblemView.ROUTE + "?reason=" + reason);
        };
    }

    static String reasonOf(AuthenticationException exception) {
        if (exception instanceof OAuth2AuthenticationException oauth2
                && KeycloakConfiguration.ACCOUNT_INCOMPLETE.equals(oauth2.getError().getErrorCode())) {
            return SignInProblemView.INCOMPLETE;
        }
        for (Throwable cause = exception; cause != null; cause = cause.getCause()) {
            if (cause instanceof IOException || cause instanceof org.springframework.web.client.ResourceAccessException) {
                return SignInProblemView.UNAVAILABLE;
            }
        }
        return SignInProblemView.FAILED;
    }

    /** Sends the browser to the problem page instead of to a Keycloak that does not answer. */
    static final class UnavailableKeycloakFilter extends OncePerRequestFilter {

        private final KeycloakAvailability availability;

        UnavailableKeycloakFilter(KeycloakAvailability availability) {
            this.availability = availability;
        }

        @Override
        protected boolean shouldNotFilter(HttpServletRequest request) {
            return !request.getRequestURI().startsWith(request.getContextPath() + LOGIN_PATH);
        }

        @Override
        protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
                throws ServletException, IOException {
            if (availability.isAvailable()) {
                chain.doFilter(request, response);
            } else {
                response.sendRedirect(request.getContextPath() + "/" + SignInProblemView.ROUTE + "?reason="
                        + SignInProblemView.UNAVAILABLE);
            }
        }
    }
}
