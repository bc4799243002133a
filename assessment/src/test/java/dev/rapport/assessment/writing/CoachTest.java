package dev.rapport.assessment.writing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.Arrays;
import java.util.List;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CoachTest {
  private final Coach coach = Coach.standard();

  @Test
  void review_absolute_pointsAtItsWordsWithReasonAndSuggestions() {
    String text = "I'm tired. You never listen to me.";

    Review review = coach.review(text);

    assertEquals(1, review.findings().size());
    Finding finding = review.findings().get(0);
    assertEquals(Category.ABSOLUTE, finding.category());
    assertEquals("absolute-never", finding.rule());
    assertEquals("You never", text.substring(finding.start(), finding.end()));
    assertEquals("You never", finding.quote());
    assertTrue(finding.reason().startsWith("'You never' turns some moments"), finding.reason());
    assertEquals(2, finding.suggestions().size());
    assertTrue(finding.suggestions().get(0).contains("heard by you"), finding.suggestions().get(0));
    assertFalse(review.isInvitational());
  }

  @Test
  void review_invitation_findsNothing() {
    Review review =
        coach.review("I miss our evening talks. Could we take twenty minutes after dinner?");

    assertTrue(review.isInvitational());
    assertEquals(List.of(), review.findings());
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "You always make me laugh.",
        "I never want to lose you.",
        "You never fail to surprise me.",
        "I feel lonely when we don't talk.",
        "You never let me down.",
        "It's not your fault.",
        "If you need to talk, I'm here.",
        "You must be exhausted.",
        "Whatever you decide, I'm with you.",
        "Thanks a lot for the flowers, they're lovely.",
        "Why don't we go for a walk?",
        "You make me feel safe.",
        "I'll love you always.",
        "I'll love you forever and always.",
        "You always talk to me about your day.",
        "Are you always this tired after work?",
        "Who makes me laugh? You always.",
        "I think about our holidays all the time.",
        "I missed the bus.\nAs usual, you made us a lovely dinner.",
        "Same as always, see you at six.",
        "Oh, lovely! See you at six.",
        "You should have told me, I'd have loved to help!",
        "You never talk over me.",
        "I'd choose you always over anyone else.",
        ""
      })
  void review_nearMiss_findsNothing(String text) {
    Review review = coach.review(text);

    assertTrue(review.isInvitational(), () -> text + " gave " + review.findings());
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "You never help.|ABSOLUTE",
        "Every time I try to talk, you walk away.|ABSOLUTE",
        "We don't talk anymore.|ABSOLUTE",
        "It's all your fault.|BLAME",
        "We missed the bus because of you.|BLAME",
        "Why won't you talk to me?|REPROACHFUL_QUESTION",
        "Why can't you ever be on time?|REPROACHFUL_QUESTION",
        "Why don't you ever ask about my day?|REPROACHFUL_QUESTION",
        "You need to fix this.|DEMAND",
        "You have to stop.|DEMAND",
        "You must call your mother.|DEMAND",
        "You're so selfish.|CHARACTER_CRITICISM",
        "What's wrong with you?|CHARACTER_CRITICISM",
        "Oh great, another night alone.|CONTEMPT",
        "Thanks a lot.|CONTEMPT",
        "Fine. Whatever.|CONTEMPT",
        "Late again, as usual.|CONTEMPT",
        "*sigh*|CONTEMPT",
        "Calm down.|DISMISSAL",
        "You're overreacting.|DISMISSAL",
        "You always talk over me.|ABSOLUTE",
        "Why do you always leave your socks out?|REPROACHFUL_QUESTION,ABSOLUTE",
        "You should have told me, I was so worried.|BLAME"
      })
  void review_accusation_findsItsCategories(String example) {
    String[] parts = example.split("\\|");

    Review review = coach.review(parts[0]);

    assertEquals(
        Arrays.stream(parts[1].split(",")).map(Category::valueOf).toList(),
        review.findings().stream().map(Finding::category).distinct().toList(),
        parts[0]);
  }

  @Test
  void review_typographicApostrophes_areUnderstoodAndOffsetsPointIntoTheOriginal() {
    String text = "Honestly, you\u2019re so selfish.";

    Review review = coach.review(text);

    assertEquals(1, review.findings().size());
    Finding finding = review.findings().get(0);
    assertEquals("you\u2019re so selfish", finding.quote());
    assertEquals(finding.quote(), text.substring(finding.start(), finding.end()));
    assertEquals(text, review.text());
  }

  @Test
  void review_manyFindings_comeInTextOrder() {
    String text = "Why won't you talk to me? You're always on your phone. It's your fault. *sigh*";

    Review review = coach.review(text);

    assertEquals(
        List.of(
            Category.REPROACHFUL_QUESTION, Category.ABSOLUTE, Category.BLAME, Category.CONTEMPT),
        review.findings().stream().map(Finding::category).toList());
    for (int i = 1; i < review.findings().size(); i++) {
      assertTrue(review.findings().get(i - 1).start() <= review.findings().get(i).start());
    }
  }

  @Test
  void review_overlappingWordsOfOneCategory_keepTheLongerFinding() {
    Review review = coach.review("We never talk anymore.");

    assertEquals(
        List.of("absolute-anymore: We never talk anymore"),
        review.findings().stream().map(f -> f.rule() + ": " + f.quote()).toList());
  }

  @Test
  void review_twoCategoriesFromTheSameWords_bothComeShorterFirst() {
    Review review = coach.review("You're always so selfish.");

    assertEquals(
        List.of("absolute-always: You're always", "character-trait: You're always so selfish"),
        review.findings().stream().map(f -> f.rule() + ": " + f.quote()).toList());
  }

  @Test
  void review_calmDown_suggestsTheRewriteAboutRespectThenTheTip() {
    Finding finding = coach.review("Calm down.").findings().get(0);

    assertEquals(
        List.of(
            "I feel hurt when our talks turn sharp, and I'd love them to feel safe for both of us."
                + " Could we try again tomorrow, slowly, taking turns to listen?",
            "Acknowledge the feeling first: 'I can see this really matters to you. Tell me more.'"),
        finding.suggestions());
  }

  @Test
  void review_talkDown_suggestsTheRewriteAboutRespectNotAboutBeingHeard() {
    Finding finding = coach.review("You always talk down to me.").findings().get(0);

    assertTrue(
        finding.suggestions().get(0).startsWith("I feel hurt when our talks turn sharp"),
        finding.suggestions().get(0));
  }

  @Test
  void category_labels_areTheDisplayNamesInReviewOrder() {
    assertEquals(
        List.of(
            "Absolute",
            "Blame",
            "Reproachful question",
            "Demand",
            "Criticism of character",
            "Contempt or sarcasm",
            "Dismissal"),
        Arrays.stream(Category.values()).map(Category::label).toList());
  }

  @Test
  void review_phoneTopic_tailorsTheRewrite() {
    Review review = coach.review("You're always on your phone.");

    assertTrue(
        review.findings().get(0).suggestions().get(0).contains("phone-free dinner"),
        review.findings().get(0).suggestions().get(0));
  }

  @Test
  void review_caseAndTurkishLocale_doNotMatter() {
    // the build runs tests under tr_TR, where "I".toLowerCase() is a dotless i
    Review review = coach.review("I FEEL LIKE YOU NEVER LISTEN");

    assertEquals(List.of(Category.ABSOLUTE),
        review.findings().stream().map(Finding::category).toList());
  }

  @Test
  void review_sameText_givesEqualReviews() {
    String text = "You never listen, and it's your fault we never go out. Whatever.";

    assertEquals(coach.review(text), coach.review(text));
  }

  @Test
  void review_null_isRejectedWithItsName() {
    var e = assertThrows(NullPointerException.class, () -> coach.review(null));

    assertEquals("text must not be null", e.getMessage());
  }

  @Test
  void suggestions_overTheWholeCorpus_areThemselvesInvitational() throws IOException {
    TreeSet<String> suggestions = new TreeSet<>();
    for (CoachCorpusTest.Example example : CoachCorpusTest.load("coach-corpus.tsv")) {
      coach.review(example.text()).findings().forEach(f -> suggestions.addAll(f.suggestions()));
    }

    assertTrue(suggestions.size() >= 10, "only " + suggestions.size() + " suggestions");
    for (String suggestion : suggestions) {
      Review review = coach.review(suggestion);
      assertTrue(review.isInvitational(), () -> suggestion + " gave " + review.findings());
    }
  }

  @Test
  void finding_quoteOfAnotherLength_isRejectedWithTheQuote() {
    var e =
        assertThrows(
            IllegalArgumentException.class,
            () -> new Finding(2, 5, Category.BLAME, "r", "four", "why", List.of("try")));

    assertEquals("quote of finding must be 3 characters long but was 'four'", e.getMessage());
  }

  @Test
  void finding_emptySpan_isRejectedWithTheSpan() {
    var e =
        assertThrows(
            IllegalArgumentException.class,
            () -> new Finding(2, 2, Category.BLAME, "r", "", "why", List.of("try")));

    assertEquals("span of finding must be non-empty but was [2, 2)", e.getMessage());
  }

  @Test
  void finding_noSuggestion_isRejectedWithItsRule() {
    var e =
        assertThrows(
            IllegalArgumentException.class,
            () -> new Finding(2, 5, Category.BLAME, "blame-fault", "abc", "why", List.of()));

    assertEquals("finding blame-fault must have at least one suggestion", e.getMessage());
  }
}
