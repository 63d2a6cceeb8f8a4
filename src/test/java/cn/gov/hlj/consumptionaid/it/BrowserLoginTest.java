package cn.gov.hlj.consumptionaid.it;

import cn.gov.hlj.consumptionaid.support.TestClockConfiguration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.TestPropertySource;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A real browser (Debian's headless Chromium through chromedriver) signs in with a demo account and sees the map
 * page (a user without a dashboard of their own; leaders and task forces land on their dashboards, see
 * DashboardBrowserTest). Runs in the {@code it-browser} Maven profile. Screenshots go to {@code target/screenshots/}.
 */
@Tag("browser")
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import(TestClockConfiguration.class)
@ActiveProfiles({"embedded", "test"})
@TestPropertySource(properties = "portal.demo-data.enabled=true")
class BrowserLoginTest {

    @LocalServerPort
    int port;
    @org.springframework.beans.factory.annotation.Autowired
    org.springframework.jdbc.core.JdbcTemplate jdbc;

    private WebDriver driver;
    private Path profile;

    @BeforeEach
    void startBrowser() throws Exception {
        profile = Files.createTempDirectory("chromium-profile");
        var options = new ChromeOptions();
        options.setBinary(System.getProperty("chromium.binary", "/usr/bin/chromium"));
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--disable-dev-shm-usage", "--window-size=1400,900", "--user-data-dir=" + profile);
        var service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File(System.getProperty("chromedriver.binary", "/usr/bin/chromedriver")))
                .build();
        driver = new ChromeDriver(service, options);
    }

    @AfterEach
    void stopBrowser() throws Exception {
        if (driver != null) {
            driver.quit();
        }
        try (var files = Files.walk(profile)) {
            files.sorted(java.util.Comparator.reverseOrder()).map(Path::toFile).forEach(File::delete);
        }
    }

    @Test
    void a_supervisor_signs_in_and_sees_the_map_of_poverty_counties() throws Exception {
        driver.get("http://localhost:" + port + "/");
        var wait = new WebDriverWait(driver, Duration.ofSeconds(60));
        wait.until(d -> !d.findElements(By.cssSelector("#vaadinLoginUsername input")).isEmpty());
        assertThat(driver.getPageSource()).contains("黑龙江省消费扶贫行动管理平台");
        screenshot("01-login");

        driver.findElement(By.cssSelector("#vaadinLoginUsername input")).sendKeys("supervisor");
        driver.findElement(By.cssSelector("#vaadinLoginPassword input")).sendKeys("Hlj@2026");
        driver.findElement(By.cssSelector("vaadin-button[slot='submit']")).click();

        wait.until(d -> !d.findElements(By.tagName("hlj-echart")).isEmpty());
        // The map is drawn once the element has fetched and registered the Heilongjiang outline.
        wait.until(d -> Boolean.TRUE.equals(((JavascriptExecutor) d).executeScript(
                "const chart = document.querySelector('hlj-echart').chart;"
                        + "return !!(chart && chart.getOption() && chart.getOption().series"
                        + " && chart.getOption().series[0].data.length === 13);")));
        assertThat(driver.getPageSource()).contains("全省贫困县分布", "延寿县");
        screenshot("02-map");
    }

    @Test
    void finance_signs_in_and_browses_the_budget_units_and_their_reserved_shares() throws Exception {
        driver.get("http://localhost:" + port + "/");
        var wait = new WebDriverWait(driver, Duration.ofSeconds(60));
        wait.until(d -> !d.findElements(By.cssSelector("#vaadinLoginUsername input")).isEmpty());
        driver.findElement(By.cssSelector("#vaadinLoginUsername input")).sendKeys("finance");
        driver.findElement(By.cssSelector("#vaadinLoginPassword input")).sendKeys("Hlj@2026");
        driver.findElement(By.cssSelector("vaadin-button[slot='submit']")).click();
        wait.until(d -> !d.findElements(By.tagName("hlj-echart")).isEmpty());

        driver.get("http://localhost:" + port + "/data/purchasers");
        wait.until(d -> d.getPageSource().contains("黑龙江省财政厅机关"));
        assertThat(driver.getPageSource()).contains("采购人", "预算单位").doesNotContain("北大荒农垦集团有限公司");
        screenshot("03-purchasers-finance");

        driver.get("http://localhost:" + port + "/data/reserved-shares");
        wait.until(d -> d.getPageSource().contains("预留金额"));
        wait.until(d -> d.getPageSource().contains("黑龙江省委办公厅机关"));
        screenshot("04-reserved-shares-finance");
    }

    @Test
    void a_failed_and_a_successful_sign_in_on_the_login_page_appear_in_the_supervisors_audit_log() throws Exception {
        driver.get("http://localhost:" + port + "/");
        var wait = new WebDriverWait(driver, Duration.ofSeconds(60));
        wait.until(d -> !d.findElements(By.cssSelector("#vaadinLoginUsername input")).isEmpty());
        driver.findElement(By.cssSelector("#vaadinLoginUsername input")).sendKeys("supervisor");
        driver.findElement(By.cssSelector("#vaadinLoginPassword input")).sendKeys("not-the-password");
        driver.findElement(By.cssSelector("vaadin-button[slot='submit']")).click();
        wait.until(d -> d.getCurrentUrl().contains("error"));

        wait.until(d -> !d.findElements(By.cssSelector("#vaadinLoginUsername input")).isEmpty());
        var username = driver.findElement(By.cssSelector("#vaadinLoginUsername input"));
        username.clear();
        username.sendKeys("supervisor");
        driver.findElement(By.cssSelector("#vaadinLoginPassword input")).sendKeys("Hlj@2026");
        driver.findElement(By.cssSelector("vaadin-button[slot='submit']")).click();
        wait.until(d -> !d.findElements(By.tagName("hlj-echart")).isEmpty());

        driver.get("http://localhost:" + port + "/supervision/audit-log");
        wait.until(d -> d.getPageSource().contains("登录成功"));
        assertThat(driver.getPageSource()).contains("审计日志", "登录失败", "登录成功", "supervisor");
        // The browser's address, IPv4 or IPv6 loopback as the JVM resolved "localhost".
        assertThat(driver.getPageSource()).containsAnyOf("127.0.0.1", "0:0:0:0:0:0:0:1");
        screenshot("05-audit-log");

        // Signing out is recorded too. (A script click: Vaadin's development-mode Copilot overlay covers the menu.)
        var script = (JavascriptExecutor) driver;
        script.executeScript("arguments[0].click()", driver.findElement(By.id("user-menu-top")));
        wait.until(d -> !d.findElements(By.id("user-menu-logout")).isEmpty()
                && d.findElement(By.id("user-menu-logout")).isDisplayed());
        script.executeScript("arguments[0].click()", driver.findElement(By.id("user-menu-logout")));
        wait.until(d -> !d.findElements(By.cssSelector("#vaadinLoginUsername input")).isEmpty());
        assertThat(jdbc.queryForList("SELECT event_type FROM security_event WHERE username = 'supervisor'"
                + " ORDER BY id", String.class)).containsSubsequence("LOGIN_FAILED", "LOGIN", "LOGOUT");
    }

    private void screenshot(String name) throws Exception {
        var folder = Path.of("target", "screenshots");
        Files.createDirectories(folder);
        var png = ((org.openqa.selenium.TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES);
        Files.write(folder.resolve(name + ".png"), png);
    }
}
