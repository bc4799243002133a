package dev.rapport.content;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.rapport.core.Citation;
import dev.rapport.core.KnowledgeBase;
import dev.rapport.core.Need;
import dev.rapport.core.NeedId;
import dev.rapport.core.Relation;
import dev.rapport.core.SignId;
import dev.rapport.core.Source;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Layering, locale lookup and loading from folders. */
class ContentPacksTest {
  private static final NeedId HEARD = NeedId.of("being-heard");
  private static final Path EXTRA = ContentFixtures.resource("layers/extra");

  @Test
  void overDefault_itemWithAnExistingId_replacesItWhole() {
    KnowledgeBase knowledge = ContentPacks.overDefault(EXTRA);

    Need heard = knowledge.require(HEARD);
    assertEquals("Being listened to", heard.name());
    assertEquals(
        "Someone gives you their attention while you talk, and it shows.", heard.description());
    assertEquals(
        List.of(
            new Citation(
                new Source(
                    "test-notes",
                    "Notes written for the tests",
                    Optional.of("The Rapport authors")),
                "Needs")),
        heard.citations());
  }

  @Test
  void overDefault_itemWithANewId_isAddedAndEverythingElseStays() {
    KnowledgeBase base = DefaultContent.load();

    KnowledgeBase knowledge = ContentPacks.overDefault(EXTRA);

    assertEquals(base.signs().size() + 1, knowledge.signs().size());
    assertEquals(
        List.of(HEARD),
        knowledge.needsBehind(SignId.of("one-sided-talks")).stream().map(Relation::to).toList());
    assertEquals(base.interventions(), knowledge.interventions());
    assertEquals(base.needs().size(), knowledge.needs().size());
  }

  @Test
  void overDefault_packJsonWithVersionAndSource_stampsTheVersionAndAddsTheSource() {
    KnowledgeBase base = DefaultContent.load();

    KnowledgeBase knowledge = ContentPacks.overDefault(EXTRA);

    assertEquals("2026.11.0-test.1", knowledge.contentVersion());
    assertEquals(base.sources().size() + 1, knowledge.sources().size());
    assertEquals(Locale.ENGLISH, knowledge.locale());
  }

  @Test
  void overDefault_overlayWithoutPackJson_keepsTheDefaultVersion() {
    KnowledgeBase knowledge =
        ContentPacks.overDefault(ContentFixtures.resource("layers/rename-only"));

    assertEquals(DefaultContent.load().contentVersion(), knowledge.contentVersion());
    assertEquals("Heard", knowledge.require(HEARD).name());
  }

  @Test
  void overDefault_afterAnOverlay_theDefaultIsUnchanged() {
    String before = DefaultContent.loadUncached().require(HEARD).name();

    ContentPacks.overDefault(EXTRA);
    assertThrows(
        ContentException.class,
        () -> ContentPacks.overDefault(ContentFixtures.broken("problems-in-two-files")));

    assertEquals(before, DefaultContent.load().require(HEARD).name());
    assertEquals(before, DefaultContent.loadUncached().require(HEARD).name());
  }

  @Test
  void fromFolder_overlaysInOrder_theLastOneWins() {
    KnowledgeBase knowledge =
        ContentPacks.fromFolder(
            ContentFixtures.FIXTURE,
            ContentFixtures.resource("layers/rename-only"),
            ContentFixtures.resource("layers/rename-again"));

    assertEquals("Heard at last", knowledge.require(HEARD).name());
    assertEquals("fixture-1", knowledge.contentVersion());
  }

  @Test
  void fromFolder_overlayOverTheFixture_layersLikeOverTheDefault() {
    KnowledgeBase knowledge = ContentPacks.fromFolder(ContentFixtures.FIXTURE, EXTRA);

    assertEquals("Being listened to", knowledge.require(HEARD).name());
    assertEquals(3, knowledge.signs().size());
    assertEquals("2026.11.0-test.1", knowledge.contentVersion());
  }

  @Test
  void fromFolder_missingFolder_isAProblemNotAnIoError(@TempDir Path temp) {
    Path missing = temp.resolve("no-such-pack");

    var e = assertThrows(ContentException.class, () -> ContentPacks.fromFolder(missing));

    assertEquals(
        List.of(new ContentProblem(missing.toString(), "", 0, 0, "pack folder does not exist")),
        e.problems());
  }

  @Test
  void fromFolder_incompletePack_reportsEveryMissingFile(@TempDir Path temp) throws IOException {
    ContentFixtures.copyFixture(temp);
    Files.delete(temp.resolve("habits.json"));
    Files.delete(temp.resolve("pack.json"));

    var e = assertThrows(ContentException.class, () -> ContentPacks.fromFolder(temp));

    assertEquals(
        List.of(
            "pack.json: file is missing; a pack that is not laid over another needs every file",
            "habits.json: file is missing; a pack that is not laid over another needs every file"),
        ContentFixtures.lines(e, temp));
  }

  @Test
  void fromFolder_nullOverlay_isRejected() {
    var e =
        assertThrows(
            NullPointerException.class,
            () -> ContentPacks.fromFolder(ContentFixtures.FIXTURE, (Path) null));

    assertEquals("overlay folder must not be null", e.getMessage());
  }

  @Test
  void forLocale_englishOrAnUnbundledLanguage_isTheDefaultPack() {
    KnowledgeBase english = ContentPacks.forLocale(Locale.UK);
    KnowledgeBase german = ContentPacks.forLocale(Locale.GERMAN);
    KnowledgeBase root = ContentPacks.forLocale(Locale.ROOT);

    assertSame(DefaultContent.load(), english);
    assertSame(DefaultContent.load(), german);
    assertSame(DefaultContent.load(), root);
  }

  @Test
  void forLocale_bundledLanguage_isLaidOverEnglishItemByItem() {
    // The tests bundle a tiny Esperanto pack (dev/rapport/content/eo/) that translates one need.
    Locale esperanto = Locale.forLanguageTag("eo");

    KnowledgeBase knowledge = ContentPacks.forLocale(esperanto);

    assertEquals("Esti aŭskultata", knowledge.require(HEARD).name());
    assertEquals(
        DefaultContent.load().require(NeedId.of("quality-time")),
        knowledge.require(NeedId.of("quality-time")));
    assertEquals(esperanto, knowledge.locale());
    assertEquals("2026.11.0-eo.test", knowledge.contentVersion());
    assertSame(knowledge, ContentPacks.forLocale(Locale.forLanguageTag("eo-US")));
  }

  @Test
  void overBundled_folderOverALocalePack_layersOverBoth() {
    KnowledgeBase knowledge =
        ContentPacks.overBundled(
            Locale.forLanguageTag("eo"), ContentFixtures.resource("layers/rename-only"));

    assertEquals("Heard", knowledge.require(HEARD).name());
    assertEquals("2026.11.0-eo.test", knowledge.contentVersion());
    assertNotSame(ContentPacks.forLocale(Locale.forLanguageTag("eo")), knowledge);
  }

  @Test
  void overDefault_packFolderItself_loadsAsAnOverlay() {
    KnowledgeBase knowledge = ContentPacks.overDefault(ContentFixtures.FIXTURE);

    assertEquals("fixture-1", knowledge.contentVersion());
    assertTrue(knowledge.signs().size() >= 20);
  }
}
