package cn.gov.hlj.consumptionaid.accounts.keycloak;

import org.springframework.boot.context.properties.ConfigurationProperties;

import java.net.URI;

/**
 * Where the realm is and how the portal talks to it ({@code portal.keycloak.*}, from the environment).
 *
 * @param issuer            the realm's issuer, e.g. {@code http://localhost:8180/realms/consumption-aid}
 * @param clientId          the portal's confidential OpenID Connect client
 * @param clientSecret      its secret
 * @param adminClientId     the service-account client of the account administration (Admin REST API)
 * @param adminClientSecret its secret
 */
@ConfigurationProperties("portal.keycloak")
public record KeycloakProperties(String issuer, String clientId, String clientSecret, String adminClientId,
                                 String adminClientSecret) {

    public KeycloakProperties {
        require(issuer, "portal.keycloak.issuer (PORTAL_KEYCLOAK_ISSUER)");
        require(clientId, "portal.keycloak.client-id (PORTAL_KEYCLOAK_CLIENT_ID)");
        require(clientSecret, "portal.keycloak.client-secret (PORTAL_KEYCLOAK_CLIENT_SECRET)");
        issuer = issuer.endsWith("/") ? issuer.substring(0, issuer.length() - 1) : issuer;
        if (!issuer.matches("https?://[^/]+(/.*)?/realms/[^/]+")) {
            throw new IllegalArgumentException("portal.keycloak.issuer must look like "
                    + "http(s)://host[:port]/realms/<realm>, not " + issuer);
        }
    }

    /** The server's base URL, without the realm path. */
    public String serverUrl() {
        return issuer.substring(0, issuer.lastIndexOf("/realms/"));
    }

    public String realm() {
        return issuer.substring(issuer.lastIndexOf('/') + 1);
    }

    /** An OpenID Connect endpoint of the realm, e.g. {@code auth}, {@code token}, {@code certs}, {@code logout}. */
    public String endpoint(String name) {
        return issuer + "/protocol/openid-connect/" + name;
    }

    public URI discovery() {
        return URI.create(issuer + "/.well-known/openid-configuration");
    }

    private static void require(String value, String name) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("The keycloak profile needs " + name);
        }
    }
}
