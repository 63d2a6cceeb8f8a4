package cn.gov.hlj.consumptionaid.accounts.keycloak;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Whether the realm answers, asked before a browser is sent to Keycloak's login page: a browser sent to a server that
 * is down sees only its own connection error, while the portal can say what is wrong. A positive answer is trusted
 * for a few seconds so that a burst of logins costs one request.
 */
public class KeycloakAvailability {

    private static final Logger log = LoggerFactory.getLogger(KeycloakAvailability.class);
    private static final Duration TRUST_UP = Duration.ofSeconds(10);
    private static final Duration TIMEOUT = Duration.ofSeconds(3);

    private final KeycloakProperties properties;
    private final Clock clock;
    private final HttpClient http;
    private final AtomicReference<Instant> lastUp = new AtomicReference<>(Instant.MIN);

    public KeycloakAvailability(KeycloakProperties properties, Clock clock) {
        this.properties = properties;
        this.clock = clock;
        this.http = HttpClient.newBuilder().connectTimeout(TIMEOUT).followRedirects(HttpClient.Redirect.NEVER)
                .build();
    }

    public boolean isAvailable() {
        var now = clock.instant();
        if (lastUp.get().plus(TRUST_UP).isAfter(now)) {
            return true;
        }
        try {
            var response = http.send(HttpRequest.newBuilder(properties.discovery()).timeout(TIMEOUT).GET().build(),
                    HttpResponse.BodyHandlers.discarding());
            if (response.statusCode() == 200) {
                lastUp.set(now);
                return true;
            }
            log.warn("Keycloak realm {} answered {}", properties.discovery(), response.statusCode());
        } catch (IOException e) {
            log.warn("Keycloak realm {} cannot be reached: {}", properties.discovery(), e.toString());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return false;
    }
}
