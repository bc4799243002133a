package dev.rapport.examples.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.rapport.assessment.Assessment;
import dev.rapport.assessment.AssessmentInput;
import dev.rapport.assessment.Report;
import dev.rapport.content.DefaultContent;
import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Each browser's last result, in memory: bounded, expiring, forgettable. */
class LastResultsTest {
  static final Report REPORT =
      Assessment.of(DefaultContent.load())
          .assess(AssessmentInput.builder().answer(Items.statements().get(0), 3).build());
  static final LastResult RESULT = new LastResult.Open(REPORT);

  final TestClock clock = new TestClock(TestServer.START);

  @Test
  void find_ofARememberedBrowser_givesItsResult_andNoOtherBrowsers() {
    LastResults results = new LastResults(clock);

    results.remember("a", RESULT);

    assertEquals(Optional.of(RESULT), results.find("a"));
    assertEquals(Optional.empty(), results.find("b"));
  }

  @Test
  void find_afterTheIdleTime_forgets_butUseRestartsIt() {
    LastResults results = new LastResults(clock);
    results.remember("a", RESULT);
    clock.advance(LastResults.IDLE.minusMinutes(1));
    assertTrue(results.find("a").isPresent());

    clock.advance(LastResults.IDLE.minusMinutes(1));
    assertTrue(results.find("a").isPresent(), "still there: it was used");

    clock.advance(LastResults.IDLE);
    assertFalse(results.find("a").isPresent());
    assertEquals(0, results.size());
  }

  @Test
  void remember_beyondTheCapacity_dropsTheBrowserUnusedLongest() {
    LastResults results = new LastResults(clock, 2);
    results.remember("a", RESULT);
    clock.advance(Duration.ofSeconds(1));
    results.remember("b", RESULT);
    clock.advance(Duration.ofSeconds(1));
    results.find("a");

    results.remember("c", RESULT);

    assertEquals(2, results.size());
    assertTrue(results.find("a").isPresent());
    assertFalse(results.find("b").isPresent());
    assertTrue(results.find("c").isPresent());
  }

  @Test
  void forget_removesOnlyThatBrowser() {
    LastResults results = new LastResults(clock);
    results.remember("a", RESULT);
    results.remember("b", RESULT);

    results.forget("a");

    assertFalse(results.find("a").isPresent());
    assertTrue(results.find("b").isPresent());
  }

  @Test
  void hash_ofTheCookie_isNotTheCookie_andIsStable() {
    String token = "A".repeat(43);

    assertNotEquals(token, LastResults.hash(token));
    assertEquals(LastResults.hash(token), LastResults.hash(token));
    assertEquals(64, LastResults.hash(token).length());
  }

  @Test
  void defaultCapacity_isBounded() {
    LastResults results = new LastResults(clock);
    for (int i = 0; i < LastResults.MAX_BROWSERS + 10; i++) {
      results.remember("browser-" + i, RESULT);
    }

    assertEquals(LastResults.MAX_BROWSERS, results.size());
  }
}
