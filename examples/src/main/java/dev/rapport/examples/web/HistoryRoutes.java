package dev.rapport.examples.web;

import dev.rapport.assessment.Report;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * The opt-in history: {@code POST /history/save} saves a result (the only way anything is stored),
 * {@code GET /history} shows the saved results over time, and {@code GET}/{@code POST
 * /history/delete} asks for confirmation, then deletes everything for real, the last result kept in
 * memory for the writing help included.
 */
final class HistoryRoutes {
  static final String CONFIRM_FIELD = "confirm";
  static final String NOTE_TOO_LONG =
      "Your note is longer than " + SavedResult.MAX_NOTE_LENGTH + " characters. Please shorten it.";

  private final Pages pages;
  private final CheckUpRoutes checkUp;
  private final HistoryStore store;
  private final Clock clock;
  private final Names names;
  private final LastResults lastResults;

  HistoryRoutes(
      Pages pages,
      CheckUpRoutes checkUp,
      CheckUps checkUps,
      HistoryStore store,
      Clock clock,
      LastResults lastResults) {
    this.pages = pages;
    this.checkUp = checkUp;
    this.store = store;
    this.clock = clock;
    this.names = new Names(checkUps.kb());
    this.lastResults = lastResults;
  }

  void register(RoutesConfig routes) {
    routes.post("/history/save", this::save);
    routes.get("/history", this::history);
    routes.get("/history/delete", this::confirmDelete);
    routes.post("/history/delete", this::delete);
  }

  private void save(Context ctx) {
    Optional<CheckUpRoutes.Checked> checked = checkUp.check(ctx);
    if (checked.isEmpty()) {
      return; // the form is shown again with its problems; nothing was saved
    }
    Report report = checked.get().report();
    String note = Notes.clean(ctx.formParam(SaveForm.NOTE_FIELD));
    if (note.length() > SavedResult.MAX_NOTE_LENGTH) {
      checkUp.showReport(
          ctx,
          422,
          report,
          SaveForm.of(
              checked.get().answers(), note, Optional.of(NOTE_TOO_LONG), report.safety().raised()));
      return;
    }
    store.save(new SavedResult(0, clock.instant(), note, Snapshot.of(report)));
    ctx.redirect("/history?saved", HttpStatus.SEE_OTHER);
  }

  private void history(Context ctx) {
    List<SavedResult> saved;
    try {
      saved = store.all();
    } catch (RuntimeException e) {
      System.err.println("rapport web: cannot read " + store.file() + ": " + e);
      pages.problem(
          ctx,
          500,
          "Your saved results could not be read",
          "The file that holds them may be damaged. You can delete it, and start afresh.",
          "/history/delete",
          "Delete the saved results");
      return;
    }
    HistoryPage page =
        HistoryPage.of(saved, names, ctx.queryParamMap().containsKey("saved"), clock.getZone());
    pages.show(
        ctx,
        200,
        "history.jte",
        "Saved results",
        Nav.HISTORY,
        page.hasCharts(),
        Map.of("page", page));
  }

  private void confirmDelete(Context ctx) {
    pages.show(
        ctx,
        200,
        "delete.jte",
        "Delete all saved results",
        Nav.HISTORY,
        false,
        deleteParams(false));
  }

  private Map<String, Object> deleteParams(boolean error) {
    OptionalInt count = store.count();
    return Map.of(
        "count", count.orElse(-1),
        "exists", store.exists(),
        "file", store.file().toString(),
        "error", error);
  }

  private void delete(Context ctx) {
    if (!"yes".equals(ctx.formParam(CONFIRM_FIELD))) {
      pages.show(
          ctx,
          422,
          "delete.jte",
          "Delete all saved results",
          Nav.HISTORY,
          false,
          deleteParams(true));
      return;
    }
    store.deleteAll();
    lastResults.forget(ctx); // "all my data" includes the result kept in memory for writing
    pages.show(ctx, 200, "deleted.jte", "Everything is deleted", Nav.HISTORY, false, Map.of());
  }
}
