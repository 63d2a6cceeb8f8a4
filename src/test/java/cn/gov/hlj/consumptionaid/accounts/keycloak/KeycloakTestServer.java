package cn.gov.hlj.consumptionaid.accounts.keycloak;

import cn.gov.hlj.consumptionaid.accounts.AppUser;
import cn.gov.hlj.consumptionaid.shared.security.AppRoles;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.springframework.security.authentication.TestingAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.oauth2.core.oidc.OidcIdToken;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;

/**
 * The Keycloak of the {@code it-keycloak} tests, as {@code .ci/keycloak-server start} runs it (same ports, secrets
 * and realm), and helpers shared by those tests: a headless Chromium, and signing in as a realm user without a
 * browser for the directory tests.
 */
final class KeycloakTestServer {

    static final String PORT = env("PORTAL_IT_PORT", "18080");
    static final String PORTAL = "http://localhost:" + PORT;
    static final String ISSUER = env("PORTAL_KEYCLOAK_ISSUER", "http://localhost:18180/realms/consumption-aid");
    static final String DEMO_PASSWORD = "Hlj@2026";

    /** The properties of a portal in the keycloak profile against that server. */
    static final String[] PROPERTIES = {
            "server.port=" + PORT,
            // Vaadin's development tools would cover the user menu in the top right corner.
            "vaadin.devmode.devTools.enabled=false",
            "portal.keycloak.issuer=" + ISSUER,
            "portal.keycloak.client-secret=" + env("PORTAL_KEYCLOAK_CLIENT_SECRET", "it-portal-secret"),
            "portal.keycloak.admin-client-secret=" + env("PORTAL_KEYCLOAK_ADMIN_CLIENT_SECRET", "it-admin-secret")};

    private KeycloakTestServer() {
    }

    private static String env(String name, String fallback) {
        var value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }

    /** An authentication as the portal's Keycloak login makes it (the principal rebuilt from ID token claims). */
    static Authentication signedIn(String username, String department, String region, String... roles) {
        var claims = new HashMap<String, Object>();
        claims.put("sub", username);
        claims.put("preferred_username", username);
        claims.put("roles", List.of(roles));
        claims.put("region", region);
        if (department != null) {
            claims.put("department", department);
        }
        var token = new OidcIdToken("test", Instant.now(), Instant.now().plusSeconds(600), claims);
        var user = new AppUser(username, username, department, region, java.util.Set.of(roles), null);
        var authorities = AppRoles.authoritiesOf(user.roles()).toArray(String[]::new);
        var principal = new KeycloakUser(org.springframework.security.core.authority.AuthorityUtils
                .createAuthorityList(authorities), token, null);
        return new TestingAuthenticationToken(principal, null, principal.getAuthorities().stream().toList());
    }

    /** A headless Chromium with a fresh profile (no cookies: every test signs in anew). */
    static final class Browser implements AutoCloseable {

        final WebDriver driver;
        private final Path profile;

        Browser() throws IOException {
            profile = Files.createTempDirectory("chromium-profile");
            var options = new ChromeOptions();
            options.setBinary(System.getProperty("chromium.binary", "/usr/bin/chromium"));
            options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                    "--disable-background-networking", "--disable-component-update", "--disable-sync",
                    "--disable-dev-shm-usage", "--window-size=1400,900", "--user-data-dir=" + profile);
            var service = new ChromeDriverService.Builder()
                    .usingDriverExecutable(new File(System.getProperty("chromedriver.binary",
                            "/usr/bin/chromedriver")))
                    .build();
            driver = new ChromeDriver(service, options);
        }

        void screenshot(String name) throws IOException {
            var folder = Path.of("target", "screenshots");
            Files.createDirectories(folder);
            var png = ((org.openqa.selenium.TakesScreenshot) driver)
                    .getScreenshotAs(org.openqa.selenium.OutputType.BYTES);
            Files.write(folder.resolve(name + ".png"), png);
        }

        @Override
        public void close() throws IOException {
            driver.quit();
            try (var files = Files.walk(profile)) {
                files.sorted(Comparator.reverseOrder()).map(Path::toFile).forEach(File::delete);
            }
        }
    }
}
