package cn.gov.hlj.consumptionaid.accounts.keycloak;

import cn.gov.hlj.consumptionaid.support.TestClockConfiguration;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;

/** With Keycloak not answering (the realm on a port where nothing listens) the browser gets the portal's own page. */
@Tag("keycloak")
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "portal.keycloak.issuer=http://localhost:9/realms/consumption-aid",
        "portal.keycloak.client-secret=not-used", "portal.keycloak.admin-client-secret=not-used"})
@Import(TestClockConfiguration.class)
@ActiveProfiles({"keycloak", "test"})
class KeycloakUnreachableBrowserTest {

    @LocalServerPort
    int port;

    @Test
    void with_keycloak_stopped_the_portal_says_so_in_chinese_instead_of_a_browser_error() throws Exception {
        try (var browser = new KeycloakTestServer.Browser()) {
            browser.driver.get("http://localhost:" + port + "/");
            new WebDriverWait(browser.driver, Duration.ofSeconds(60))
                    .until(d -> !d.findElements(By.id("sign-in-problem-heading")).isEmpty());
            browser.screenshot("keycloak-06-unavailable");
            assertThat(browser.driver.getCurrentUrl()).endsWith("/sign-in-problem?reason=unavailable");
            assertThat(browser.driver.findElement(By.id("sign-in-problem-heading")).getText())
                    .isEqualTo("统一身份认证服务暂时无法访问");
            assertThat(browser.driver.findElement(By.id("sign-in-problem-text")).getText())
                    .contains("Keycloak", "请稍后重试");
            assertThat(browser.driver.findElement(By.id("sign-in-problem-retry")).getText()).isEqualTo("重新登录");
            assertThat(browser.driver.getPageSource()).doesNotContain("Exception");
        }
    }
}
