package cn.gov.hlj.consumptionaid.accounts.keycloak;

import org.keycloak.OAuth2Constants;
import org.keycloak.admin.client.Keycloak;
import org.keycloak.admin.client.KeycloakBuilder;
import org.keycloak.admin.client.resource.RealmResource;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;

/**
 * The Admin REST API client of the realm, signed in as the service-account client (client credentials); it holds
 * only the realm-management roles of user administration (manage-users, view-users, view-realm, view-events).
 */
@Component
@Profile("keycloak")
class KeycloakAdmin implements DisposableBean {

    private final KeycloakProperties properties;
    private final Keycloak keycloak;

    KeycloakAdmin(KeycloakProperties properties) {
        this.properties = properties;
        if (properties.adminClientSecret() == null || properties.adminClientSecret().isBlank()) {
            throw new IllegalArgumentException("The keycloak profile needs portal.keycloak.admin-client-secret "
                    + "(PORTAL_KEYCLOAK_ADMIN_CLIENT_SECRET)");
        }
        this.keycloak = KeycloakBuilder.builder()
                .serverUrl(properties.serverUrl())
                .realm(properties.realm())
                .grantType(OAuth2Constants.CLIENT_CREDENTIALS)
                .clientId(properties.adminClientId())
                .clientSecret(properties.adminClientSecret())
                .build();
    }

    RealmResource realm() {
        return keycloak.realm(properties.realm());
    }

    @Override
    public void destroy() {
        keycloak.close();
    }
}
