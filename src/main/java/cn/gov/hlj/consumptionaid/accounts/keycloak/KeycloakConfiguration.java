package cn.gov.hlj.consumptionaid.accounts.keycloak;

import cn.gov.hlj.consumptionaid.shared.security.AppRoles;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Profile;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserRequest;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserService;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.client.registration.InMemoryClientRegistrationRepository;
import org.springframework.security.oauth2.client.userinfo.OAuth2UserService;
import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.core.ClientAuthenticationMethod;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;

import java.time.Clock;
import java.util.Map;

/**
 * The {@code keycloak} profile's login beans: the realm as an OAuth2 client registration and the mapping of its ID
 * token to the portal's user.
 * <p>
 * The registration names the realm's endpoints instead of reading them from the issuer's discovery document at
 * start-up, so the portal starts (and can show its "sign-in service unavailable" page) while Keycloak is down.
 */
@Configuration(proxyBeanMethods = false)
@Profile("keycloak")
@EnableConfigurationProperties(KeycloakProperties.class)
public class KeycloakConfiguration {

    public static final String REGISTRATION_ID = "keycloak";
    /** The error code of an account whose token lacks what the portal needs (a valid region). */
    public static final String ACCOUNT_INCOMPLETE = "account_incomplete";

    @Bean
    ClientRegistrationRepository keycloakClientRegistrations(KeycloakProperties keycloak) {
        return new InMemoryClientRegistrationRepository(registration(keycloak));
    }

    static ClientRegistration registration(KeycloakProperties keycloak) {
        return ClientRegistration.withRegistrationId(REGISTRATION_ID)
                .clientName("Keycloak")
                .clientId(keycloak.clientId())
                .clientSecret(keycloak.clientSecret())
                .clientAuthenticationMethod(ClientAuthenticationMethod.CLIENT_SECRET_BASIC)
                .authorizationGrantType(AuthorizationGrantType.AUTHORIZATION_CODE)
                .redirectUri("{baseUrl}/login/oauth2/code/{registrationId}")
                .scope("openid", "profile", "email")
                .issuerUri(keycloak.issuer())
                .authorizationUri(keycloak.endpoint("auth"))
                .tokenUri(keycloak.backchannelEndpoint("token"))
                .jwkSetUri(keycloak.backchannelEndpoint("certs"))
                .userNameAttributeName("preferred_username")
                .providerConfigurationMetadata(Map.of("end_session_endpoint", keycloak.endpoint("logout")))
                .build();
    }

    /**
     * The ID token alone makes the user (no user-info request): its realm roles become {@code ROLE_x} plus their
     * permissions, as in the embedded mode; an account without a valid region is refused.
     */
    @Bean
    OAuth2UserService<OidcUserRequest, OidcUser> keycloakOidcUserService() {
        var delegate = new OidcUserService();
        return request -> {
            var oidcUser = delegate.loadUser(request);
            var appUser = KeycloakClaims.toAppUser(oidcUser.getClaims()).orElseThrow(() ->
                    new OAuth2AuthenticationException(new OAuth2Error(ACCOUNT_INCOMPLETE,
                            "The account has no valid region attribute", null)));
            var authorities = AppRoles.authoritiesOf(appUser.roles()).stream().map(SimpleGrantedAuthority::new)
                    .toList();
            return new KeycloakUser(authorities, oidcUser.getIdToken(), oidcUser.getUserInfo());
        };
    }

    @Bean
    KeycloakAvailability keycloakAvailability(KeycloakProperties keycloak, Clock clock) {
        return new KeycloakAvailability(keycloak, clock);
    }
}
