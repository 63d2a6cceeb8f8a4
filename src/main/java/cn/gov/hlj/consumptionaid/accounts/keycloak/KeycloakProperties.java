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
 * @param backchannelUrl    optional: the server's base URL for the portal's own requests (token, keys, Admin API)
 *                          where it differs from the browsers' (e.g. {@code http://keycloak:8080} inside compose)
 */
@ConfigurationProperties("portal.keycloak")
public record KeycloakProperties(String issuer, String clientId, String clientSecret, String adminClientId,
                                 String adminClientSecret, String backchannelUrl) {

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

    /** The server's base URL as the portal itself reaches it, without the realm path. */
    public String serverUrl() {
        return backchannelUrl == null || backchannelUrl.isBlank()
                ? issuer.substring(0, issuer.lastIndexOf("/realms/"))
                : backchannelUrl.replaceAll("/+$", "");
    }

    public String realm() {
        return issuer.substring(issuer.lastIndexOf('/') + 1);
    }

    /** An OpenID Connect endpoint of the realm the browser is sent to: {@code auth}, {@code logout}. */
    public String endpoint(String name) {
        return issuer + "/protocol/openid-connect/" + name;
    }

    /** An OpenID Connect endpoint of the realm the portal calls itself: {@code token}, {@code certs}. */
    public String backchannelEndpoint(String name) {
        return serverUrl() + "/realms/" + realm() + "/protocol/openid-connect/" + name;
    }

    public URI discovery() {
        return URI.create(serverUrl() + "/realms/" + realm() + "/.well-known/openid-configuration");
    }

    private static void require(String value, String name) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("The keycloak profile needs " + name);
        }
    }
}
