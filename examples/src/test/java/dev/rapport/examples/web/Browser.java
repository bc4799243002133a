package dev.rapport.examples.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The shared fixture of the browser tests: the web app on a free port and a headless Chromium
 * driven by Selenium, with the small steps the tests share. Start one in {@code @BeforeAll} and
 * close it in {@code @AfterAll}.
 *
 * <p>{@link #start} skips the calling test class when {@code /usr/bin/chromium} or {@code
 * /usr/bin/chromedriver} is missing (install them with {@code .ci/install-browser}). Screenshots go
 * to {@code target/screenshots/}.
 */
final class Browser implements AutoCloseable {
  static final Path CHROMIUM = Path.of("/usr/bin/chromium");
  static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
  static final Path SCREENSHOTS = Path.of("target", "screenshots");

  /** Selenium warns that it has no DevTools bindings for this Chromium; the tests need none. */
  private static final Logger DEVTOOLS_LOG = Logger.getLogger("org.openqa.selenium.devtools");

  final TestServer server;
  final WebDriver driver;
  final WebDriverWait wait;

  private Browser(TestServer server, WebDriver driver) {
    this.server = server;
    this.driver = driver;
    this.wait = new WebDriverWait(driver, Duration.ofSeconds(15));
  }

  /**
   * Starts the app with its history in {@code dir}, and the browser.
   *
   * @param dir a test folder, for the history file and the browser's profile
   * @return the fixture
   */
  static Browser start(Path dir) throws IOException {
    DEVTOOLS_LOG.setLevel(Level.SEVERE);
    assumeTrue(
        Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER),
        "needs /usr/bin/chromium and /usr/bin/chromedriver (see .ci/install-browser)");
    Files.createDirectories(SCREENSHOTS);
    TestServer server = TestServer.start(dir);
    ChromeOptions options = new ChromeOptions();
    options.setBinary(CHROMIUM.toFile());
    options.addArguments(
        "--headless=new",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-dev-shm-usage",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--no-first-run",
        "--window-size=1280,1000",
        "--user-data-dir=" + Files.createTempDirectory(dir, "profile"));
    LoggingPreferences logs = new LoggingPreferences();
    logs.enable(LogType.BROWSER, Level.ALL);
    options.setCapability("goog:loggingPrefs", logs);
    ChromeDriverService service =
        new ChromeDriverService.Builder()
            .usingDriverExecutable(new File(CHROMEDRIVER.toString()))
            .usingAnyFreePort()
            .build();
    try {
      return new Browser(server, new ChromeDriver(service, options));
    } catch (RuntimeException e) {
      server.close();
      throw e;
    }
  }

  /** Opens a page of the app. */
  void open(String path) {
    driver.get(server.uri(path).toString());
  }

  /** Chooses an answer to a check-up question by clicking its label. */
  void choose(String item, int value) {
    driver.findElement(By.cssSelector("label[for='q-" + item + "-" + value + "']")).click();
  }

  /** The element that has the focus. */
  WebElement active() {
    return driver.switchTo().activeElement();
  }

  /** Runs a script in the page. */
  Object script(String js, Object... args) {
    return ((JavascriptExecutor) driver).executeScript(js, args);
  }

  /** Waits until a chart is drawn and checks that it has painted pixels. */
  void assertChartDrawn(String id) {
    wait.until(d -> "true".equals(d.findElement(By.id(id)).getAttribute("data-drawn")));
    Object painted =
        script(
            "const c = document.getElementById(arguments[0]);"
                + "if (!window.Chart || !Chart.getChart(c) || c.width === 0) return false;"
                + "const d = c.getContext('2d').getImageData(0, 0, c.width, c.height).data;"
                + "for (let i = 3; i < d.length; i += 4) { if (d[i] !== 0) return true; }"
                + "return false;",
            id);
    assertEquals(Boolean.TRUE, painted, id + " has no painted pixel");
  }

  /** Checks that the browser logged no error (such as a blocked inline script) so far. */
  void assertNoBrowserErrors() {
    List<LogEntry> severe =
        driver.manage().logs().get(LogType.BROWSER).getAll().stream()
            .filter(e -> e.getLevel().intValue() >= Level.SEVERE.intValue())
            .filter(e -> !e.getMessage().contains("status of 422")) // the form shown again
            .toList();
    assertTrue(severe.isEmpty(), "browser errors: " + severe);
  }

  /** Saves a screenshot of the whole page under target/screenshots. */
  void screenshot(String name) throws IOException {
    screenshot(name, (TakesScreenshot) driver);
  }

  /** Saves a screenshot of one element, whole, under target/screenshots. */
  void screenshot(String name, By element) throws IOException {
    screenshot(name, driver.findElement(element));
  }

  private void screenshot(String name, TakesScreenshot what) throws IOException {
    Dimension before = driver.manage().window().getSize();
    Object scrolled = script("return window.scrollY");
    Number height = (Number) script("return document.documentElement.scrollHeight");
    driver.manage().window().setSize(new Dimension(1280, Math.min(height.intValue() + 40, 8000)));
    script("window.scrollTo(0, 0)");
    File shot = what.getScreenshotAs(OutputType.FILE);
    Files.copy(
        shot.toPath(), SCREENSHOTS.resolve(name + ".png"), StandardCopyOption.REPLACE_EXISTING);
    driver.manage().window().setSize(before);
    script("window.scrollTo(0, arguments[0])", scrolled);
  }

  @Override
  public void close() {
    try {
      driver.quit();
    } finally {
      server.close();
    }
  }
}
