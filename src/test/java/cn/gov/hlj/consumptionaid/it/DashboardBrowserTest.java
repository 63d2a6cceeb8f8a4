package cn.gov.hlj.consumptionaid.it;

import cn.gov.hlj.consumptionaid.accounts.AppUser;
import cn.gov.hlj.consumptionaid.accounts.AppUserPrincipal;
import cn.gov.hlj.consumptionaid.metrics.MetricsTestData;
import cn.gov.hlj.consumptionaid.metrics.RollupService;
import cn.gov.hlj.consumptionaid.shared.security.AppRoles;
import cn.gov.hlj.consumptionaid.support.TestClockConfiguration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.test.context.ActiveProfiles;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The dashboards in a real browser (headless Chromium): a leader signs in and lands on the overview with its charts
 * drawn by ECharts from data, and a task-force member lands on their dashboard and drills the map into a prefecture.
 * Runs in the {@code it-browser} Maven profile; screenshots go to {@code target/screenshots/}.
 */
@Tag("browser")
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import(TestClockConfiguration.class)
@ActiveProfiles({"embedded", "test"})
class DashboardBrowserTest {

    private static final Duration WAIT = Duration.ofSeconds(60);

    @LocalServerPort
    int port;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    RollupService rollups;
    @Autowired
    Clock clock;
    @Autowired
    ObjectProvider<SecurityContextHolderStrategy> holder;

    private WebDriver driver;
    private Path profile;

    private record Principal(AppUser appUser) implements AppUserPrincipal {
        @Override
        public AppUser getAppUser() {
            return appUser;
        }
    }

    @BeforeEach
    void dataAndBrowser() throws Exception {
        if (jdbc.queryForObject("SELECT COUNT(*) FROM purchase", Long.class) == 0) {
            var data = new MetricsTestData(jdbc, 7L, LocalDate.now(clock));
            data.registry(300);
            data.purchaseBatch(3_000);
            data.saleBatch(2_000);
            var strategy = holder.getIfAvailable(SecurityContextHolder::getContextHolderStrategy);
            var admin = new AppUser("browser-test-admin", "管理员", null, "230000", Set.of(AppRoles.ADMIN), null);
            var context = strategy.createEmptyContext();
            context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(new Principal(admin), null,
                    AppRoles.authoritiesOf(admin.roles()).stream().map(SimpleGrantedAuthority::new).toList()));
            strategy.setContext(context);
            try {
                rollups.rebuild();
            } finally {
                strategy.clearContext();
            }
        }
        profile = Files.createTempDirectory("chromium-profile");
        var options = new ChromeOptions();
        options.setBinary(System.getProperty("chromium.binary", "/usr/bin/chromium"));
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--disable-dev-shm-usage", "--window-size=1440,1000", "--user-data-dir=" + profile);
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

    private void signIn(String username) {
        driver.get("http://localhost:" + port + "/");
        var wait = new WebDriverWait(driver, WAIT);
        wait.until(d -> !d.findElements(By.cssSelector("#vaadinLoginUsername input")).isEmpty());
        driver.findElement(By.cssSelector("#vaadinLoginUsername input")).sendKeys(username);
        driver.findElement(By.cssSelector("#vaadinLoginPassword input")).sendKeys("Hlj@2026");
        driver.findElement(By.cssSelector("vaadin-button[slot='submit']")).click();
    }

    private Object script(String script) {
        return ((JavascriptExecutor) driver).executeScript(script);
    }

    /** Whether the chart of this element id is drawn: an ECharts instance with data and a canvas in its shadow. */
    private boolean drawn(String id) {
        return Boolean.TRUE.equals(script("const el = document.getElementById('" + id + "');"
                + "if (!el || !el.chart || !el.shadowRoot.querySelector('canvas')) return false;"
                + "const option = el.chart.getOption();"
                + "return !!(option && option.series && option.series.length"
                + " && option.series.some(s => (s.data || []).some(d => Number(d && d.value !== undefined"
                + " ? d.value : d) > 0)));"));
    }

    @Test
    void a_leader_signs_in_and_sees_the_overview_with_its_charts_drawn_from_data() throws Exception {
        signIn("leader");
        var wait = new WebDriverWait(driver, WAIT);
        wait.until(d -> d.getCurrentUrl().endsWith("/overview"));
        wait.until(d -> d.getPageSource().contains("各工作专班进展"));

        var map = "card-map-poverty-purchase-amount-chart";
        wait.until(d -> drawn(map));
        assertThat(script("return document.getElementById('" + map + "').chart.getOption().series[0].data.length"))
                .isEqualTo(13L);
        wait.until(d -> drawn("card-trend-poverty-purchase-amount-and-more-chart"));
        wait.until(d -> drawn("card-share-poverty-purchase-amount-by-purchaser-type-chart"));
        wait.until(d -> drawn("card-ranking-poverty-sales-amount-by-channel-chart"));
        long charts = (Long) script("return document.querySelectorAll('hlj-echart').length");
        assertThat(charts).isGreaterThanOrEqualTo(5);

        var page = driver.getPageSource();
        assertThat(page).contains("全省消费扶贫工作总览", "消费扶贫采购总额", "省财政厅", "省国资委", "进入看板",
                "万元", "较上期");
        assertThat(driver.findElement(By.id("main-nav")).getText()).contains("全省总览", "专班看板");
        screenshot("dashboard-01-overview");
        fullPage("dashboard-01-overview-full");
    }

    @Test
    void a_task_force_member_lands_on_their_dashboard_and_drills_the_map_into_a_prefecture() throws Exception {
        signIn("finance");
        var wait = new WebDriverWait(driver, WAIT);
        wait.until(d -> d.getCurrentUrl().endsWith("/dashboard/finance"));
        var map = "card-map-finance-completion-rate-chart";
        wait.until(d -> drawn(map));
        assertThat(driver.findElement(By.id("main-nav")).getText()).contains("省财政厅", "专班看板")
                .doesNotContain("省教育厅");
        screenshot("dashboard-02-finance");
        fullPage("dashboard-02-finance-full");

        // What ECharts sends when the user clicks 哈尔滨市 on the map.
        script("document.getElementById('" + map + "').dispatchEvent(new CustomEvent('chart-click', {detail:"
                + " {name: '哈尔滨市', seriesName: '预留份额完成率', dataIndex: 0, value: null}}));");
        wait.until(d -> d.findElement(By.id("card-map-finance-completion-rate-path")).getText()
                .contains("哈尔滨市"));
        wait.until(d -> Boolean.TRUE.equals(script("const o = document.getElementById('" + map
                + "').chart.getOption(); return o.series.length === 2 && o.series[1].type === 'bar'"
                + " && o.series[1].data.length > 0;")));
        assertThat(driver.findElement(By.id("card-map-finance-completion-rate-up")).isDisplayed()).isTrue();
        screenshot("dashboard-03-finance-harbin");
    }

    /** The whole page in one picture: the window as tall as the page, then back. */
    private void fullPage(String name) throws Exception {
        var size = driver.manage().window().getSize();
        long height = (Long) script("return Math.max(document.body.scrollHeight,"
                + " document.querySelector('vaadin-app-layout').shadowRoot.querySelector('[content]')?.scrollHeight || 0,"
                + " ...Array.from(document.querySelectorAll('.dashboard')).map(e => e.scrollHeight + 80));");
        driver.manage().window().setSize(new org.openqa.selenium.Dimension(size.getWidth(), (int) Math.min(height, 6000)));
        Thread.sleep(1500);
        screenshot(name);
        driver.manage().window().setSize(size);
    }

    private void screenshot(String name) throws Exception {
        var folder = Path.of("target", "screenshots");
        Files.createDirectories(folder);
        Files.write(folder.resolve(name + ".png"), ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES));
    }
}
