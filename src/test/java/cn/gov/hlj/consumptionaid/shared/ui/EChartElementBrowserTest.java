package cn.gov.hlj.consumptionaid.shared.ui;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The {@code <hlj-echart>} element in headless Chromium, without the application: a small HTTP server serves the
 * same static resources the portal serves (the ECharts WebJar, {@code scripts/hlj-echart.js}, {@code maps/}) from the
 * test classpath. Needs Debian's {@code chromium} and {@code chromium-driver} (see .ci/run).
 */
@Tag("browser")
class EChartElementBrowserTest {

    private static final String PAGE = """
            <!doctype html>
            <html><head><meta charset="utf-8"><title>hlj-echart</title></head>
            <body style="margin:0">
            <hlj-echart id="chart" style="width:800px;height:600px"></hlj-echart>
            <script src="webjars/echarts/5.5.0/echarts.min.js"></script>
            <script src="scripts/hlj-echart.js"></script>
            </body></html>
            """;

    private static final String MAP_OPTION = """
            {"series":[{"name":"销售额","type":"map","map":"heilongjiang","roam":false,
              "data":[{"name":"哈尔滨市","value":1234.5},{"name":"齐齐哈尔市","value":321}]}]}
            """;

    private static HttpServer server;
    private static WebDriver driver;
    private static String baseUrl;

    @BeforeAll
    static void startServerAndBrowser() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/", EChartElementBrowserTest::serve);
        server.start();
        baseUrl = "http://127.0.0.1:" + server.getAddress().getPort() + "/";

        var options = new ChromeOptions();
        options.setBinary("/usr/bin/chromium");
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--window-size=1000,800",
                "--user-data-dir=" + Files.createTempDirectory("hlj-echart-chromium"));
        // Debian's driver, so that Selenium Manager never tries to download one.
        var service = new ChromeDriverService.Builder().usingDriverExecutable(Path.of("/usr/bin/chromedriver").toFile())
                .build();
        driver = new ChromeDriver(service, options);
    }

    @AfterAll
    static void stop() {
        if (driver != null) {
            driver.quit();
        }
        if (server != null) {
            server.stop(0);
        }
    }

    @Test
    void the_heilongjiang_map_shows_its_13_prefectures_and_a_click_on_harbin_reports_its_name_and_value()
            throws IOException {
        driver.get(baseUrl + "test.html");
        var js = (JavascriptExecutor) driver;
        js.executeScript("""
                const chart = document.getElementById('chart');
                window.clicks = [];
                chart.addEventListener('chart-click', e => window.clicks.push(e.detail));
                chart.mapUrl = 'maps/heilongjiang.json';
                chart.mapName = 'heilongjiang';
                chart.option = arguments[0];
                """, MAP_OPTION);

        @SuppressWarnings("unchecked")
        var regions = (List<String>) new WebDriverWait(driver, Duration.ofSeconds(20)).until(d -> js.executeScript("""
                const echart = document.getElementById('chart').chart;
                const series = echart && echart.getModel() && echart.getModel().getSeriesByIndex(0);
                return series && series.coordinateSystem ? series.coordinateSystem.regions.map(r => r.name) : null;
                """));
        assertThat(regions).hasSize(13).contains("哈尔滨市", "齐齐哈尔市", "牡丹江市", "大兴安岭地区");

        // A real mouse click on the centre of Harbin, in pixels from the element's centre.
        @SuppressWarnings("unchecked")
        var offset = (List<Number>) js.executeScript("""
                const el = document.getElementById('chart');
                const echart = el.chart;
                const geo = echart.getModel().getSeriesByIndex(0).coordinateSystem;
                const p = echart.convertToPixel({seriesIndex: 0}, geo.getRegion('哈尔滨市').getCenter());
                return [p[0] - el.clientWidth / 2, p[1] - el.clientHeight / 2];
                """);
        WebElement chart = driver.findElement(By.id("chart"));
        new Actions(driver).moveToElement(chart, offset.get(0).intValue(), offset.get(1).intValue()).click().perform();

        @SuppressWarnings("unchecked")
        var click = (Map<String, Object>) new WebDriverWait(driver, Duration.ofSeconds(5))
                .until(d -> js.executeScript("return window.clicks.length ? window.clicks[0] : null;"));
        assertThat(click).containsEntry("name", "哈尔滨市").containsEntry("seriesName", "销售额");
        assertThat(((Number) click.get("dataIndex")).intValue()).isZero();
        assertThat(((Number) click.get("value")).doubleValue()).isEqualTo(1234.5);

        var screenshot = ((TakesScreenshot) driver).getScreenshotAs(OutputType.FILE).toPath();
        var target = Path.of("target", "browser-screenshots", "hlj-echart-heilongjiang.png");
        Files.createDirectories(target.getParent());
        Files.copy(screenshot, target, StandardCopyOption.REPLACE_EXISTING);
    }

    @Test
    void a_new_option_replaces_the_old_one_and_the_chart_follows_the_size_of_its_element() {
        driver.get(baseUrl + "test.html");
        var js = (JavascriptExecutor) driver;
        js.executeScript("""
                document.getElementById('chart').option = JSON.stringify({
                  xAxis: {type: 'category', data: ['一月', '二月']}, yAxis: {type: 'value'},
                  series: [{type: 'bar', data: [1, 2]}]});
                """);
        new WebDriverWait(driver, Duration.ofSeconds(20)).until(d -> js.executeScript(
                "const c = document.getElementById('chart').chart; return c && c.getOption() && c.getOption().xAxis;"));

        js.executeScript("""
                const el = document.getElementById('chart');
                el.option = JSON.stringify({series: [{type: 'pie', data: [{name: '线上', value: 3}]}]});
                el.style.width = '400px';
                """);

        var typesAndAxis = new WebDriverWait(driver, Duration.ofSeconds(5)).until(d -> js.executeScript("""
                const c = document.getElementById('chart').chart;
                return c.getWidth() === 400 ? [c.getOption().series.map(s => s.type).join(), String(c.getOption().xAxis)] : null;
                """));
        assertThat(typesAndAxis).isEqualTo(List.of("pie", "undefined"));
    }

    private static void serve(HttpExchange exchange) throws IOException {
        try (exchange) {
            var path = exchange.getRequestURI().getPath();
            byte[] body;
            if (path.equals("/test.html")) {
                body = PAGE.getBytes(StandardCharsets.UTF_8);
            } else {
                try (var in = EChartElementBrowserTest.class.getResourceAsStream("/META-INF/resources" + path)) {
                    if (in == null || path.contains("..")) {
                        exchange.sendResponseHeaders(404, -1);
                        return;
                    }
                    body = in.readAllBytes();
                }
            }
            exchange.getResponseHeaders().set("Content-Type", contentType(path));
            exchange.sendResponseHeaders(200, body.length);
            exchange.getResponseBody().write(body);
        }
    }

    private static String contentType(String path) {
        if (path.endsWith(".html")) {
            return "text/html; charset=utf-8";
        }
        if (path.endsWith(".js")) {
            return "text/javascript; charset=utf-8";
        }
        return path.endsWith(".json") ? "application/json; charset=utf-8" : "application/octet-stream";
    }
}
