package dev.rapport.content;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Each kind of breakage, as a small overlay under {@code broken/<case>/} laid over the fixture
 * pack; each test names the exact problems, with file, line, column, pointer and message.
 */
class BrokenPacksTest {

  private static List<String> problems(String name) {
    Path overlay = ContentFixtures.broken(name);
    var e =
        assertThrows(
            ContentException.class,
            () -> ContentPacks.fromFolder(ContentFixtures.FIXTURE, overlay));
    return ContentFixtures.lines(e, overlay);
  }

  @Test
  void load_malformedJson_reportsLineAndColumn() {
    List<String> problems = problems("malformed-json");

    assertEquals(
        List.of(
            "needs.json:5:5 at /0/name: malformed json: unexpected character '\"' where a comma or"
                + " a closing bracket was expected"),
        problems);
  }

  @Test
  void load_wrongType_namesTheFieldAndTheValue() {
    List<String> problems = problems("wrong-type");

    assertEquals(
        List.of("needs.json:4:13 at /0/name: name must be a string but was the number 5"),
        problems);
  }

  @Test
  void load_unknownField_isReportedWithTheKnownFields() {
    List<String> problems = problems("unknown-field");

    assertEquals(
        List.of(
            "needs.json:5:19 at /0/descripton: unknown field 'descripton'; the fields here are id,"
                + " name, description, sources"),
        problems);
  }

  @Test
  void load_unknownEnumValue_listsTheValues() {
    List<String> problems = problems("unknown-enum-value");

    assertEquals(
        List.of(
            "interventions.json:6:12 at /0/who: who must be one of SELF, COUPLE, PROFESSIONAL but"
                + " was 'ALONE'"),
        problems);
  }

  @Test
  void load_missingRequiredField_pointsAtTheItem() {
    List<String> problems = problems("missing-required-field");

    assertEquals(List.of("needs.json:2:3 at /0: missing required field 'description'"), problems);
  }

  @Test
  void load_badSlug_isTheCoreMessageAtTheId() {
    List<String> problems = problems("bad-slug");

    assertEquals(
        List.of(
            "needs.json:3:11 at /0/id: need id must be lower-case kebab-case but was"
                + " 'Being_Heard'"),
        problems);
  }

  @Test
  void load_weightOutOfRange_isTheCoreMessageAtTheWeight() {
    List<String> problems = problems("weight-out-of-range");

    assertEquals(
        List.of(
            "signs.json:7:49 at /0/needs/0/weight: weight of sign:dismissed-bids ->"
                + " need:being-heard must be in (0, 1] but was 1.5"),
        problems);
  }

  @Test
  void load_danglingRelationId_isMappedBackToTheRelation() {
    List<String> problems = problems("dangling-relation-id");

    assertEquals(
        List.of(
            "causes.json:8:15 at /0/signs/0/id: cause:work-stress: has a relation to"
                + " sign:no-such-sign, which is not defined"),
        problems);
  }

  @Test
  void load_duplicateId_pointsAtTheSecond() {
    List<String> problems = problems("duplicate-id");

    assertEquals(
        List.of(
            "needs.json:9:11 at /1/id: need id 'being-heard' is used twice in this file; the first"
                + " is at /0"),
        problems);
  }

  @Test
  void load_interventionAddressingNothing_isMappedBackToTheIntervention() {
    List<String> problems = problems("intervention-addressing-nothing");

    assertEquals(
        List.of("interventions.json:2:3 at /0: intervention:self-care: addresses nothing"),
        problems);
  }

  @Test
  void load_problemsInTwoFiles_reportsBoth() {
    List<String> problems = problems("problems-in-two-files");

    assertEquals(
        List.of(
            "signs.json:6:82 at /0/needs/1: malformed json: unexpected character ']' where a value"
                + " was expected (is there a comma too many before it?)",
            "interventions.json:6:12 at /0/who: who must be one of SELF, COUPLE, PROFESSIONAL but"
                + " was 'ALONE'"),
        problems);
  }

  @Test
  void load_fieldNamedTwiceInOneObject_isReported() {
    List<String> problems = problems("duplicate-field");

    assertEquals(
        List.of("needs.json:5:11 at /0/name: field 'name' appears twice in one object"), problems);
  }

  @Test
  void load_unknownSource_pointsAtTheCitation() {
    List<String> problems = problems("unknown-source");

    assertEquals(
        List.of(
            "needs.json:6:30 at /0/sources/0/source: need:being-heard: cites unknown source"
                + " 'no-such-source'"),
        problems);
  }

  @Test
  void load_statedRelationWithoutSource_isTheCoreMessageAtTheRelation() {
    List<String> problems = problems("stated-without-source");

    assertEquals(
        List.of(
            "signs.json:6:16 at /0/needs/0: stated relation sign:dismissed-bids -> need:being-heard"
                + " must cite a source"),
        problems);
  }

  @Test
  void load_blankText_isTheCoreMessageAtTheField() {
    List<String> problems = problems("blank-text");

    assertEquals(
        List.of("needs.json:4:13 at /0/name: name of need being-heard must not be blank"),
        problems);
  }

  @Test
  void load_coupleInterventionWithoutSafetyConcern_isRejected() {
    List<String> problems = problems("couple-without-safety-concern");

    assertEquals(
        List.of(
            "interventions.json:12:26 at /0/contraindications: a COUPLE intervention must list the"
                + " SAFETY_CONCERN contraindication, so that it is never advised where there is"
                + " fear or harm"),
        problems);
  }

  @Test
  void load_questionIdUsedInTwoFiles_pointsAtTheNewOneAndNamesTheOther() {
    List<String> problems = problems("duplicate-question-id");

    assertEquals(
        List.of(
            "signs.json:6:21 at /0/statements/0: question:context-work-stress: is defined 2 times"
                + " (also at fixture/causes.json at /0/question)"),
        problems);
  }

  @Test
  void load_unknownPackFile_isReportedAsALikelyTypo() {
    List<String> problems = problems("unknown-pack-file");

    assertEquals(
        List.of(
            "sign.json: unknown pack file 'sign.json'; the files of a pack are pack.json,"
                + " needs.json, signs.json, causes.json, interventions.json, scenarios.json,"
                + " stories.json, faqs.json, misconceptions.json, habits.json, prompts.json,"
                + " letters.json, resources.json, safety-questions.json"),
        problems);
  }

  @Test
  void load_emptyFile_isReported() {
    List<String> problems = problems("empty-file");

    assertEquals(
        List.of("needs.json: file is empty; it must hold an array (use [] for none)"), problems);
  }

  @Test
  void load_textAfterTheJson_isReported() {
    List<String> problems = problems("trailing-content");

    assertEquals(
        List.of("needs.json:2:1: malformed json: unexpected text after the end of the JSON"),
        problems);
  }

  @Test
  void load_weightBelowTheScale_isReported() {
    List<String> problems = problems("weight-below-scale");

    assertEquals(
        List.of(
            "signs.json:6:49 at /0/needs/0/weight: weight of sign:dismissed-bids ->"
                + " need:being-heard must be at least 0.1 (the lightest of the scale) but was"
                + " 0.05"),
        problems);
  }

  @Test
  void load_badPackAndResourceFields_reportsEveryOne() {
    List<String> problems = problems("bad-pack-fields");

    assertEquals(
        List.of(
            "pack.json:2:14 at /version: version must not be blank",
            "pack.json:3:13 at /locale: locale must be a language tag such as en or pt-BR but was"
                + " 'english!'",
            "pack.json:4:78 at /sources/0/author: source author must not be blank",
            "resources.json:4:15 at /0/region: region of resource intl-emergency must be upper-case"
                + " letters but was intl",
            "resources.json:10:16 at /0/checked: checked must be a date such as 2026-11-23 but was"
                + " '23/11/2026'"),
        problems);
  }

  @Test
  void load_fileThatIsNotAnArray_isReported() {
    List<String> problems = problems("not-an-array");

    assertEquals(
        List.of("needs.json:1:1: the file must hold an array but holds an object"), problems);
  }

  @Test
  void load_itemThatIsNotAnObject_isReported() {
    List<String> problems = problems("item-not-an-object");

    assertEquals(
        List.of(
            "needs.json:1:3 at /0: the item must be an object but was the string 'being-heard'"),
        problems);
  }

  @Test
  void load_nullInAList_isReported() {
    List<String> problems = problems("null-in-list");

    assertEquals(
        List.of("interventions.json:11:55 at /0/steps/1: steps[1] must not be null"), problems);
  }

  @Test
  void load_brokenOverlayOverTheDefaultPack_reportsTheSameProblemsInTheOverlay() {
    for (String name :
        List.of(
            "malformed-json",
            "unknown-field",
            "weight-out-of-range",
            "dangling-relation-id",
            "problems-in-two-files",
            "intervention-addressing-nothing")) {
      Path overlay = ContentFixtures.broken(name);
      var overFixture =
          assertThrows(
              ContentException.class,
              () -> ContentPacks.fromFolder(ContentFixtures.FIXTURE, overlay));

      var overDefault =
          assertThrows(ContentException.class, () -> ContentPacks.overDefault(overlay));

      assertEquals(
          ContentFixtures.lines(overFixture, overlay),
          ContentFixtures.lines(overDefault, overlay),
          name);
    }
  }
}
