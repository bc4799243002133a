package dev.rapport.examples.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.rapport.core.Sign;
import dev.rapport.examples.RapportRun;
import dev.rapport.examples.RapportRun.Result;
import java.util.List;
import org.junit.jupiter.api.Test;

class ContentCommandTest {

  @Test
  void list_signs_givesEverySignInIdOrderWithItsName() {
    Result result = RapportRun.run("content", "list", "signs");

    assertEquals(0, result.exitCode(), result.err());
    List<String> lines = result.out().lines().toList();
    List<Sign> signs = Knowledge.base().signs();
    assertEquals(signs.size(), lines.size());
    for (int i = 0; i < signs.size(); i++) {
      assertTrue(lines.get(i).startsWith(signs.get(i).id().slug() + " "), lines.get(i));
      assertTrue(lines.get(i).endsWith("  " + signs.get(i).name()), lines.get(i));
    }
  }

  @Test
  void list_everyKind_inAnyCaseAndAnyLocale() {
    for (String kind : List.of("needs", "SIGNS", "Causes", "interventions", "scenarios")) {
      Result result = RapportRun.run("content", "list", kind);

      assertEquals(0, result.exitCode(), kind + ": " + result.err());
      assertTrue(result.out().lines().count() >= 5, kind);
    }
  }

  @Test
  void list_unknownKind_isABadArgumentWithUsage() {
    Result result = RapportRun.run("content", "list", "feelings");

    assertEquals(2, result.exitCode());
    assertTrue(
        result
            .err()
            .contains(
                "expected one of needs, signs, causes, interventions, scenarios but was"
                    + " 'feelings'"),
        result.err());
    assertTrue(result.err().contains("Usage: rapport content list"), result.err());
  }

  @Test
  void show_sign_givesRelationsBothWaysWithWeightsGroundingAndSources() {
    Result result = RapportRun.run("content", "show", "lonely-together");

    assertEquals(0, result.exitCode(), result.err());
    String out = result.out();
    assertTrue(out.startsWith("sign:lonely-together  Lonely together\n"), out);
    assertTrue(out.contains("Statements (rated 0 never"), out);
    assertTrue(out.contains("Needs it shows are unmet (sign -> need):\n  -> need:"), out);
    assertTrue(out.contains("Causes that tend to produce it (cause -> sign):\n  <- cause:"), out);
    assertTrue(out.contains("Interventions that address it (intervention -> sign):"), out);
    assertTrue(out.matches("(?s).*weight [01]\\.\\d\\d (STATED|EDITORIAL).*"), out);
    assertTrue(out.contains("\nSources:\n  - "), out);
  }

  @Test
  void show_idOfTwoKinds_showsBoth() {
    Result result = RapportRun.run("content", "show", "partner-wants-to-leave");

    assertEquals(0, result.exitCode(), result.err());
    assertTrue(result.out().startsWith("sign:partner-wants-to-leave"), result.out());
    assertTrue(result.out().contains("\nscenario:partner-wants-to-leave"), result.out());
    assertTrue(result.out().contains("Playbook, in order:\n  1. "), result.out());
  }

  @Test
  void show_kindAndId_showsThatOneOnly() {
    Result result = RapportRun.run("content", "show", "scenario:partner-wants-to-leave");

    assertEquals(0, result.exitCode(), result.err());
    assertTrue(result.out().startsWith("scenario:partner-wants-to-leave"), result.out());
    assertTrue(!result.out().contains("sign:partner-wants-to-leave "), result.out());
  }

  @Test
  void show_intervention_givesItsStepsAndWhatItAddresses() {
    Result result = RapportRun.run("content", "show", "intervention:date-night");

    assertEquals(0, result.exitCode(), result.err());
    assertTrue(result.out().contains("who couple, kind activity"), result.out());
    assertTrue(result.out().contains("Steps:\n  1. "), result.out());
    assertTrue(result.out().contains("What it addresses (intervention -> "), result.out());
    assertTrue(result.out().contains("Not advised when:\n  - safety concern: "), result.out());
  }

  @Test
  void show_unknownId_givesOneLineWithTheClosestIdsAndExitsTwo() {
    Result result = RapportRun.run("content", "show", "lonly-together");

    assertEquals(2, result.exitCode());
    assertEquals("", result.out());
    assertTrue(
        result
            .err()
            .startsWith(
                "rapport content show: no entity with id 'lonly-together'; did you mean"
                    + " sign:lonely-together"),
        result.err());
    assertEquals(1, result.err().lines().count());
  }

  @Test
  void show_nothingClose_suggestsASearch() {
    Result result = RapportRun.run("content", "show", "qqqqqqqqqq");

    assertEquals(2, result.exitCode());
    assertEquals(
        "rapport content show: no entity with id 'qqqqqqqqqq'; try 'rapport content search"
            + " qqqqqqqqqq'\n",
        result.err());
  }

  @Test
  void show_unknownKind_namesTheKinds() {
    Result result = RapportRun.run("content", "show", "feeling:lonely-together");

    assertEquals(2, result.exitCode());
    assertEquals(
        "rapport content show: kind must be one of need, sign, cause, intervention, scenario but"
            + " was 'feeling'\n",
        result.err());
  }

  @Test
  void search_words_givesRankedHitsBestFirst() {
    Result result = RapportRun.run("content", "search", "feeling", "ignored", "--limit", "5");

    assertEquals(0, result.exitCode(), result.err());
    List<String> hits = result.out().lines().filter(l -> !l.startsWith("         ")).toList();
    assertEquals(5, hits.size(), result.out());
    double previous = Double.MAX_VALUE;
    for (String hit : hits) {
      assertTrue(hit.matches(" *\\d+\\.\\d{3}  [a-z]+:[a-z0-9-]+  .+"), hit);
      double score = Double.parseDouble(hit.strip().split(" ")[0]);
      assertTrue(score <= previous, result.out());
      previous = score;
    }
  }

  @Test
  void search_nothingFound_saysSo() {
    Result result = RapportRun.run("content", "search", "xylophone");

    assertEquals(0, result.exitCode());
    assertEquals("No matches for 'xylophone'.\n", result.out());
  }

  @Test
  void content_withoutASubcommand_isABadArgument() {
    Result result = RapportRun.run("content");

    assertEquals(2, result.exitCode());
    assertTrue(result.err().startsWith("Missing required subcommand"), result.err());
  }
}
