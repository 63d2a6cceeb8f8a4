package cn.gov.hlj.consumptionaid.it.cluster;

import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;

/** A headless Chromium (Debian's, through chromedriver) with the few steps the cluster tests take. */
final class Browser implements AutoCloseable {

    final WebDriver driver;
    private final Path profile;

    private Browser(WebDriver driver, Path profile) {
        this.driver = driver;
        this.profile = profile;
    }

    static Browser open() throws Exception {
        var profile = Files.createTempDirectory("chromium-cluster");
        var options = new ChromeOptions();
        options.setBinary(System.getProperty("chromium.binary", "/usr/bin/chromium"));
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--disable-dev-shm-usage", "--window-size=1400,900", "--user-data-dir=" + profile);
        var service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File(System.getProperty("chromedriver.binary", "/usr/bin/chromedriver")))
                .build();
        return new Browser(new ChromeDriver(service, options), profile);
    }

    WebDriverWait waiting(Duration timeout) {
        return new WebDriverWait(driver, timeout);
    }

    /** Signs in through the login page of an instance and waits for the application shell. */
    void signIn(String baseUrl, String username, String password) {
        driver.get(baseUrl + "/");
        var wait = waiting(Duration.ofSeconds(90));
        wait.until(d -> !d.findElements(By.cssSelector("#vaadinLoginUsername input")).isEmpty());
        driver.findElement(By.cssSelector("#vaadinLoginUsername input")).sendKeys(username);
        driver.findElement(By.cssSelector("#vaadinLoginPassword input")).sendKeys(password);
        driver.findElement(By.cssSelector("vaadin-button[slot='submit']")).click();
        wait.until(d -> !d.findElements(By.tagName("vaadin-app-layout")).isEmpty());
    }

    /** Opens a route of the application and waits until the page shows a text. */
    void open(String url, String expected) {
        driver.get(url);
        awaitText(expected, Duration.ofSeconds(90));
    }

    void awaitText(String expected, Duration timeout) {
        try {
            waiting(timeout).until(d -> d.getPageSource().contains(expected));
        } catch (org.openqa.selenium.TimeoutException e) {
            screenshot("timeout-" + System.currentTimeMillis());
            throw new AssertionError("Not shown within " + timeout + ": " + expected + " (at " + driver.getCurrentUrl()
                    + "; screenshot in target/screenshots/cluster/)", e);
        }
    }

    WebElement awaitElement(By by, Duration timeout) {
        waiting(timeout).until(d -> !d.findElements(by).isEmpty());
        return driver.findElement(by);
    }

    /**
     * Clicks through the element's own click(), as a user's click would: the grid's action column may lie outside the
     * visible part of the grid, where a pointer click is refused.
     */
    void click(WebElement element) {
        ((JavascriptExecutor) driver).executeScript("arguments[0].click();", element);
    }

    /** The session cookie's value (with the route suffix Tomcat adds on a cluster). */
    String sessionId() {
        var cookie = driver.manage().getCookieNamed("JSESSIONID");
        return cookie == null ? "" : cookie.getValue();
    }

    /**
     * Gives the upload's (hidden, shadow-DOM) file input a file, as choosing it in the dialog would. The upload's
     * button empties the input before it opens the dialog (so the same file again is a change): done here too.
     */
    void upload(String uploadId, Path file) {
        var upload = awaitElement(By.id(uploadId), Duration.ofSeconds(60));
        var input = upload.getShadowRoot().findElement(By.cssSelector("input[type=file]"));
        ((JavascriptExecutor) driver).executeScript("arguments[0].value = '';", input);
        input.sendKeys(file.toAbsolutePath().toString());
    }

    /** Whether the upload takes no further file (its one file is listed). */
    boolean uploadFull(String uploadId) {
        return Boolean.TRUE.equals(((JavascriptExecutor) driver).executeScript(
                "return document.getElementById(arguments[0]).maxFilesReached;", uploadId));
    }

    void screenshot(String name) {
        try {
            var folder = Files.createDirectories(Path.of("target", "screenshots", "cluster"));
            Files.write(folder.resolve(name + ".png"), ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES));
        } catch (Exception e) {
            System.err.println("No screenshot " + name + ": " + e);
        }
    }

    @Override
    public void close() throws Exception {
        try {
            driver.quit();
        } finally {
            try (var files = Files.walk(profile)) {
                files.sorted(Comparator.reverseOrder()).map(Path::toFile).forEach(File::delete);
            }
        }
    }
}
