package dev.rapport.examples.cli;

import dev.rapport.content.ContentSearch;
import dev.rapport.content.SearchHit;
import java.util.List;
import java.util.Locale;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code rapport content search TEXT}: the best matches in all the knowledge, best first. */
@Command(
    name = "search",
    description = {
      "Search the names, descriptions, statements, steps, stories, questions and help resources;"
          + " best match first."
    })
final class ContentSearchCommand extends CliCommand {
  @Parameters(arity = "1..*", paramLabel = "TEXT", description = "Words to look for.")
  List<String> words;

  @Option(
      names = {"-n", "--limit"},
      defaultValue = "10",
      paramLabel = "N",
      description = "The most hits to show (default: ${DEFAULT-VALUE}).")
  int limit;

  @Override
  int run() {
    if (limit < 1) {
      throw new InputError("--limit must be at least 1 but was " + limit);
    }
    String query = String.join(" ", words);
    List<SearchHit> hits = ContentSearch.of(Knowledge.base()).search(query, limit);
    if (hits.isEmpty()) {
      out().println("No matches for '" + query + "'.");
      return OK;
    }
    for (SearchHit hit : hits) {
      out()
          .println(
              String.format(
                  Locale.ROOT, "%7.3f  %s:%s  %s", hit.score(), hit.kind(), hit.id(), hit.title()));
      if (!hit.snippet().isBlank()) {
        out().print(Wrap.wrap(hit.snippet(), "         "));
      }
    }
    return OK;
  }
}
