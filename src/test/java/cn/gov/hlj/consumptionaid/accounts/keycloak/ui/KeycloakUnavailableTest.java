package cn.gov.hlj.consumptionaid.accounts.keycloak.ui;

import cn.gov.hlj.consumptionaid.support.TestClockConfiguration;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.ActiveProfiles;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The portal in the {@code keycloak} profile with the realm on a port where nothing listens: it starts, and a visitor
 * is sent to the portal's own page saying so, not to an unreachable Keycloak.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "portal.keycloak.issuer=http://127.0.0.1:9/realms/consumption-aid",
        "portal.keycloak.client-secret=not-used", "portal.keycloak.admin-client-secret=not-used"})
@Import(TestClockConfiguration.class)
@ActiveProfiles({"keycloak", "test"})
class KeycloakUnavailableTest {

    @LocalServerPort
    int port;

    @Autowired
    ClientRegistrationRepository registrations;

    private final HttpClient http = HttpClient.newHttpClient();

    private HttpResponse<String> get(String path) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).GET().build(),
                HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void a_visitor_is_sent_to_the_keycloak_login_and_from_there_to_the_unavailable_page() throws Exception {
        var home = get("/");
        assertThat(home.statusCode()).isEqualTo(302);
        assertThat(home.headers().firstValue("Location")).hasValueSatisfying(location ->
                assertThat(location).endsWith("/oauth2/authorization/keycloak"));

        var login = get("/oauth2/authorization/keycloak");
        assertThat(login.statusCode()).isEqualTo(302);
        assertThat(login.headers().firstValue("Location")).hasValueSatisfying(location ->
                assertThat(location).endsWith("/sign-in-problem?reason=unavailable"));

        var page = get("/sign-in-problem?reason=unavailable");
        assertThat(page.statusCode()).isEqualTo(200);
    }

    @Test
    void the_registration_points_at_the_realm_without_asking_it_at_start_up() {
        var registration = registrations.findByRegistrationId("keycloak");
        assertThat(registration.getProviderDetails().getAuthorizationUri())
                .isEqualTo("http://127.0.0.1:9/realms/consumption-aid/protocol/openid-connect/auth");
        assertThat(registration.getProviderDetails().getIssuerUri())
                .isEqualTo("http://127.0.0.1:9/realms/consumption-aid");
        assertThat(registration.getProviderDetails().getConfigurationMetadata().get("end_session_endpoint"))
                .isEqualTo("http://127.0.0.1:9/realms/consumption-aid/protocol/openid-connect/logout");
        assertThat(registration.getScopes()).contains("openid");
    }
}
