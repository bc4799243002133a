package dev.rapport.examples.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * The writing help in a real, headless Chromium: from a finished check-up to the draft letter, an
 * edit, the coach's marks with their suggestions, the check-in guide, and the safety hold.
 *
 * <p>Runs in the shared {@link Browser} fixture: skipped when Chromium or its driver is missing;
 * screenshots go to {@code target/screenshots/}.
 */
class WritingBrowserTest {
  static final String BLAME = "You never listen to me.";
  static final String HOSTILE =
      " <img src=x onerror=\"window.pwned = true\"><script>window.pwned = true</script>";

  @TempDir static Path dir;
  static Browser browser;

  @BeforeAll
  static void startBrowser() throws IOException {
    browser = Browser.start(dir);
  }

  @AfterAll
  static void stop() {
    if (browser != null) {
      browser.close();
    }
  }

  /** Answers a few statements of the short form and waits for the report. */
  static void finishCheckUp(String safetyTopic, int safetyAnswer) {
    List<String> statements = Items.statements();
    browser.open("/check-up?form=short");
    if (safetyTopic != null) {
      browser.choose(Items.safety(safetyTopic), safetyAnswer);
    }
    browser.choose(statements.get(0), 3);
    browser.choose(statements.get(1), 4);
    browser.choose(statements.get(2), 1);
    browser.driver.findElement(By.cssSelector("#questions button[type=submit]")).click();
    browser.wait.until(ExpectedConditions.titleContains("Your results"));
  }

  @Test
  void letter_fromTheReport_editedAndChecked_showsTheMarkWithItsSuggestion() throws IOException {
    finishCheckUp(null, 0);
    browser.screenshot("7-report-writing-help", By.id("writing-help"));

    browser.driver.findElement(By.id("write-letter")).click();

    browser.wait.until(ExpectedConditions.titleContains("Write to your partner"));
    WebElement experience = browser.driver.findElement(By.id("part-what-i-experience"));
    assertFalse(experience.getAttribute("value").isBlank(), "the draft is there");
    assertTrue(browser.driver.findElements(By.tagName("mark")).isEmpty());
    browser.screenshot("7-letter-draft");

    experience.sendKeys(Keys.chord(Keys.CONTROL, Keys.END), " " + BLAME + HOSTILE);
    browser.driver.findElement(By.id("check-words")).click();

    WebElement mark =
        browser.wait.until(
            d -> d.findElement(By.cssSelector("#review-part-what-i-experience mark")));
    assertEquals("You never", mark.getText().strip());
    String notes =
        browser
            .driver
            .findElement(By.cssSelector("#review-part-what-i-experience .findings"))
            .getText();
    assertTrue(notes.contains("Try: I miss our talks and feeling really heard by you."), notes);
    String kept = browser.driver.findElement(By.id("part-what-i-experience")).getAttribute("value");
    assertTrue(kept.endsWith(BLAME + HOSTILE), "the edit is kept: " + kept);
    assertTrue(
        browser.driver.findElement(By.cssSelector(".review-text")).getText().contains("<img src=x"),
        "the markup shows as text");
    assertTrue(browser.driver.findElements(By.cssSelector(".review-text img")).isEmpty());
    assertEquals(Boolean.FALSE, browser.script("return window.pwned === true"));
    assertTrue(browser.driver.findElement(By.id("copy-letter")).isDisplayed(), "copy, with JS");
    browser.screenshot("8-letter-checked");
    browser.screenshot("8-letter-checked-part", By.id("box-part-what-i-experience"));

    browser.driver.findElement(By.id("talk-link")).click();
    browser.wait.until(ExpectedConditions.titleContains("Talking together"));
    assertTrue(browser.driver.findElement(By.id("agenda")).getText().contains("What went well"));
    assertFalse(browser.driver.findElements(By.cssSelector(".starters li")).isEmpty());
    browser.screenshot("9-talk");

    browser.assertNoBrowserErrors();
    assertFalse(Files.exists(browser.server.db), "nothing is stored");

    // The quick exit forgets the result: the letter page then asks for a check-up.
    browser.driver.findElement(By.id("quick-exit")).click();
    browser.wait.until(ExpectedConditions.urlContains("/away"));
    browser.open("/letter");
    assertTrue(
        browser.driver.findElement(By.tagName("main")).getText().contains("Take a check-up first"));
  }

  @Test
  void letter_afterAFearAnswer_showsWhyThereIsNone_andWhereToTurn() throws IOException {
    finishCheckUp("fear", 3);
    assertTrue(browser.driver.findElements(By.id("write-letter")).isEmpty());

    browser.driver.findElement(By.linkText("Write to your partner")).click();

    browser.wait.until(ExpectedConditions.titleContains("Write to your partner"));
    WebElement hold = browser.driver.findElement(By.id("safety-hold"));
    assertTrue(hold.getText().contains("No letter was drafted."));
    assertFalse(
        browser.driver.findElements(By.cssSelector("#safety-hold .resources li")).isEmpty());
    assertTrue(browser.driver.findElements(By.tagName("textarea")).isEmpty());
    assertTrue(browser.driver.findElements(By.id("check-words")).isEmpty());
    browser.screenshot("10-letter-safety-hold");
  }
}
