package dev.rapport.examples.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The web app in a real, headless Chromium: the short form, the inline error, the report and its
 * chart, escaping, saving, the history chart, deleting everything, and the quick exit.
 *
 * <p>Runs in the shared {@link Browser} fixture: skipped when Chromium or its driver is missing;
 * screenshots go to {@code target/screenshots/}.
 */
class WebBrowserTest {
  static final String HOSTILE = "<script>window.pwned = true</script><b>bold?</b> & \"quotes\"";

  @TempDir static Path dir;
  static Browser browser;
  static TestServer server;
  static WebDriver driver;
  static WebDriverWait wait;

  @BeforeAll
  static void startBrowser() throws IOException {
    browser = Browser.start(dir);
    server = browser.server;
    driver = browser.driver;
    wait = browser.wait;
  }

  @AfterAll
  static void stop() {
    if (browser != null) {
      browser.close();
    }
  }

  @Test
  void checkUp_inTheBrowser_worksFromFormToDeletion() throws IOException {
    open("/check-up?form=short");
    assertTrue(driver.findElement(By.id("quick-exit")).isDisplayed());
    List<String> statements = Items.statements();

    // A form with no answer: the error shows next to the first statement, the summary has focus.
    driver.findElement(By.cssSelector("button[type=submit]")).click();
    WebElement error = wait.until(d -> d.findElement(By.id("error-" + statements.get(0))));
    assertTrue(error.isDisplayed());
    assertEquals("error-summary", active().getAttribute("id"));
    screenshot("1-form-error");

    // The keyboard alone can answer: focus a choice and press the space bar.
    WebElement radio = driver.findElement(By.id("q-" + statements.get(0) + "-3"));
    ((JavascriptExecutor) driver).executeScript("arguments[0].focus()", radio);
    radio.sendKeys(Keys.SPACE);
    assertTrue(radio.isSelected());
    choose(statements.get(1), 4);
    choose(statements.get(2), 1);
    choose(statements.get(3), 0);
    driver
        .findElement(By.cssSelector("label[for='q-" + Items.contextQuestions().get(0) + "-1']"))
        .click();
    driver.findElement(By.cssSelector("button[type=submit]")).click();

    // The report: disclaimer, strengths and growth areas before the chart, the chart drawn.
    wait.until(ExpectedConditions.titleContains("Your results"));
    String text = driver.findElement(By.tagName("main")).getText();
    assertTrue(text.contains("not a diagnosis or therapy"), text);
    assertTrue(text.indexOf("What is going well") < text.indexOf("Your needs at a glance"));
    assertChartDrawn("needs-chart");
    screenshot("2-report");

    // Save with a hostile note: it shows as text, and no script runs.
    driver.findElement(By.id("note")).sendKeys(HOSTILE);
    driver.findElement(By.cssSelector("#save button[type=submit]")).click();
    wait.until(ExpectedConditions.titleContains("Saved results"));
    assertEquals(HOSTILE, driver.findElement(By.cssSelector(".saved-note")).getText());
    assertTrue(driver.findElements(By.cssSelector(".saved-note b")).isEmpty());
    assertEquals(Boolean.FALSE, script("return window.pwned === true"));
    assertChartDrawn("index-chart");

    // A second, better check-up a week later: the history charts two points and what improved.
    server.clock.advance(Duration.ofDays(7));
    open("/check-up?form=short");
    choose(statements.get(0), 1);
    choose(statements.get(1), 1);
    choose(statements.get(2), 0);
    choose(statements.get(3), 0);
    driver.findElement(By.cssSelector("button[type=submit]")).click();
    wait.until(ExpectedConditions.titleContains("Your results"));
    driver.findElement(By.cssSelector("#save button[type=submit]")).click();
    wait.until(ExpectedConditions.titleContains("Saved results"));
    assertEquals(2, driver.findElements(By.cssSelector(".history-list > li")).size());
    assertChartDrawn("index-chart");
    assertChartDrawn("needs-history-chart");
    assertFalse(driver.findElements(By.cssSelector(".improved li")).isEmpty());
    screenshot("3-history");

    // Delete everything, with confirmation.
    driver.findElement(By.id("delete-all")).click();
    wait.until(ExpectedConditions.titleContains("Delete all saved results"));
    screenshot("4-delete-confirm");
    driver.findElement(By.cssSelector("label[for='confirm']")).click();
    driver.findElement(By.cssSelector("form button[type=submit]")).click();
    wait.until(ExpectedConditions.titleContains("Everything is deleted"));
    assertFalse(Files.exists(server.db));
    open("/history");
    assertTrue(driver.findElement(By.tagName("main")).getText().contains("Nothing is saved"));

    assertNoBrowserErrors();
  }

  @Test
  void safetyAnswer_showsThePrivateSafetyPartFirst_inTheBrowser() throws IOException {
    open("/check-up?form=short");
    choose(Items.safety("fear"), 3);
    choose(Items.statements().get(0), 2);

    driver.findElement(By.cssSelector("button[type=submit]")).click();

    wait.until(ExpectedConditions.titleContains("Your results"));
    WebElement safety = driver.findElement(By.id("safety"));
    assertTrue(safety.isDisplayed());
    assertTrue(
        safety.getLocation().getY() < driver.findElement(By.id("disclaimer")).getLocation().getY());
    assertFalse(driver.findElements(By.cssSelector("#safety .resources li")).isEmpty());
    assertChartDrawn("needs-chart");
    screenshot("6-safety-report");
  }

  @Test
  void quickExit_leavesForTheNeutralPage_andReplacesTheHistoryEntry() throws IOException {
    open("/");
    open("/check-up");

    driver.findElement(By.id("quick-exit")).click();
    wait.until(ExpectedConditions.urlContains("/away"));
    screenshot("5-quick-exit");
    assertEquals("Simple tomato soup", driver.getTitle());
    driver.navigate().back();

    wait.until(d -> !d.getCurrentUrl().contains("/away"));
    assertFalse(driver.getCurrentUrl().contains("/check-up"), driver.getCurrentUrl());
  }

  @Test
  void quickExit_byPressingEscapeTwice_leaves() {
    open("/check-up");

    driver.findElement(By.tagName("body")).sendKeys(Keys.ESCAPE, Keys.ESCAPE);

    wait.until(ExpectedConditions.urlContains("/away"));
  }

  private static void open(String path) {
    browser.open(path);
  }

  private static void choose(String item, int value) {
    browser.choose(item, value);
  }

  private static WebElement active() {
    return browser.active();
  }

  private static Object script(String js, Object... args) {
    return browser.script(js, args);
  }

  private static void assertChartDrawn(String id) {
    browser.assertChartDrawn(id);
  }

  private static void assertNoBrowserErrors() {
    browser.assertNoBrowserErrors();
  }

  private static void screenshot(String name) throws IOException {
    browser.screenshot(name);
  }
}
