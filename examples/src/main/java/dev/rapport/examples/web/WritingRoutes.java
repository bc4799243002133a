package dev.rapport.examples.web;

import dev.rapport.assessment.Report;
import dev.rapport.assessment.writing.CheckInGuide;
import dev.rapport.assessment.writing.CheckInOutcome;
import dev.rapport.assessment.writing.LetterDraft;
import dev.rapport.assessment.writing.LetterOutcome;
import dev.rapport.assessment.writing.SafetyHold;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.util.Map;
import java.util.Optional;

/**
 * The writing help, drafted from the person's last check-up in this browser (see {@link
 * LastResults}):
 *
 * <ul>
 *   <li>{@code GET /letter} shows a draft letter to the partner, to reconnect, with the form that
 *       says what the letter is for; {@code POST /letter} drafts it again from that form.
 *   <li>{@code POST /letter/check} runs the coach over the person's edited letter and shows it
 *       again, their edits kept, with the findings marked; {@code POST /letter/download} gives the
 *       letter as a plain-text file.
 *   <li>{@code GET /talk} shows the weekly check-in agenda and conversation starters for the
 *       person's growth areas.
 *   <li>{@code POST /letter/forget} forgets the last result at once.
 * </ul>
 *
 * <p>No draft is ever stored: it lives in the page and its form fields only. When the last result
 * puts safety first, every one of these pages explains why there is nothing for the partner and
 * shows where to turn, with no letter form and nothing to send or download.
 */
final class WritingRoutes {
  static final String LETTER_TITLE = "Write to your partner";
  static final String TALK_TITLE = "Talking together";
  static final String FILE_NAME = "letter.txt";

  private final Pages pages;
  private final CheckUps checkUps;
  private final LastResults lastResults;
  private final Names names;

  WritingRoutes(Pages pages, CheckUps checkUps, LastResults lastResults) {
    this.pages = pages;
    this.checkUps = checkUps;
    this.lastResults = lastResults;
    this.names = new Names(checkUps.kb());
  }

  void register(RoutesConfig routes) {
    routes.get("/letter", this::letter);
    routes.post("/letter", this::compose);
    routes.post("/letter/check", this::check);
    routes.post("/letter/download", this::download);
    routes.post("/letter/forget", this::forget);
    routes.get("/talk", this::talk);
  }

  private void letter(Context ctx) {
    draft(ctx, LetterForm.Options.none());
  }

  private void compose(Context ctx) {
    draft(ctx, LetterForm.options(ctx.formParamMap()));
  }

  /** Shows a fresh draft for the options, or the options again with their problems. */
  private void draft(Context ctx, LetterForm.Options options) {
    Optional<Report> report = openResult(ctx, options);
    if (report.isEmpty()) {
      return;
    }
    if (!options.errors().isEmpty()) {
      showLetter(ctx, 422, LetterPage.of(options, Optional.empty(), Optional.empty(), false));
      return;
    }
    LetterOutcome outcome = checkUps.letter(report.get(), options.request());
    if (outcome instanceof SafetyHold hold) {
      showHold(ctx, LETTER_TITLE, hold);
    } else if (outcome instanceof LetterDraft draft) {
      showLetter(
          ctx,
          200,
          LetterPage.of(
              options, Optional.of(draft), Optional.of(LetterForm.Edits.of(draft)), false));
    }
  }

  private void check(Context ctx) {
    edited(ctx)
        .ifPresent(
            e ->
                showLetter(
                    ctx,
                    e.hasErrors() ? 422 : 200,
                    LetterPage.of(
                        e.options(), Optional.of(e.structure()), Optional.of(e.edits()), true)));
  }

  private void download(Context ctx) {
    Optional<Edited> edited = edited(ctx);
    if (edited.isEmpty()) {
      return;
    }
    Edited e = edited.get();
    if (e.hasErrors()) {
      showLetter(
          ctx,
          422,
          LetterPage.of(e.options(), Optional.of(e.structure()), Optional.of(e.edits()), false));
      return;
    }
    ctx.status(200)
        .contentType("text/plain; charset=utf-8")
        .header("Content-Disposition", "attachment; filename=\"" + FILE_NAME + "\"")
        .result(e.edits().text());
  }

  /**
   * Reads a posted letter; when there is no last result, or it puts safety first, shows why and
   * returns empty.
   */
  private Optional<Edited> edited(Context ctx) {
    LetterForm.Options options = LetterForm.options(ctx.formParamMap());
    Optional<Report> report = openResult(ctx, options);
    if (report.isEmpty()) {
      return Optional.empty();
    }
    // the sections depend on the kind of letter only, so a wrong name or moment loses no edit
    LetterOutcome structure = checkUps.letter(report.get(), options.kindOnly());
    if (structure instanceof SafetyHold hold) {
      showHold(ctx, LETTER_TITLE, hold);
      return Optional.empty();
    }
    LetterDraft draft = (LetterDraft) structure;
    if (options.errors().isEmpty()) {
      LetterOutcome full = checkUps.letter(report.get(), options.request());
      draft = full instanceof LetterDraft d ? d : draft;
    }
    return Optional.of(new Edited(options, draft, LetterForm.edits(ctx.formParamMap(), draft)));
  }

  /**
   * The last result's report when the writing help may use it; otherwise shows the page that says
   * why not (no result, or safety first) and returns empty.
   */
  private Optional<Report> openResult(Context ctx, LetterForm.Options options) {
    Optional<LastResult> last = lastResults.find(ctx);
    if (last.isEmpty()) {
      noResult(ctx, "A letter is drafted from your latest check-up in this browser.");
      return Optional.empty();
    }
    if (last.get() instanceof LastResult.Held held) {
      showHold(ctx, LETTER_TITLE, held.letter(options.variant()));
      return Optional.empty();
    }
    return Optional.of(((LastResult.Open) last.get()).report());
  }

  private void talk(Context ctx) {
    Optional<LastResult> last = lastResults.find(ctx);
    if (last.isEmpty()) {
      noResult(ctx, "The check-in guide is chosen for your latest check-up in this browser.");
      return;
    }
    if (last.get() instanceof LastResult.Held held) {
      showHold(ctx, TALK_TITLE, held.talk());
      return;
    }
    CheckInOutcome outcome = checkUps.talk(((LastResult.Open) last.get()).report());
    if (outcome instanceof SafetyHold hold) {
      showHold(ctx, TALK_TITLE, hold);
    } else if (outcome instanceof CheckInGuide guide) {
      pages.show(
          ctx,
          200,
          "talk.jte",
          TALK_TITLE,
          Nav.WRITE,
          false,
          Map.of("page", TalkPage.of(guide, names)));
    }
  }

  private void forget(Context ctx) {
    lastResults.forget(ctx);
    pages.problem(
        ctx,
        200,
        "Your last result is forgotten",
        "This app no longer holds your last check-up, or anything drafted from it. Results you"
            + " chose to save, if any, stay until you delete them.",
        "/",
        "Go to the start page");
  }

  private void noResult(Context ctx, String why) {
    pages.problem(
        ctx,
        200,
        "Take a check-up first",
        why
            + " There is none at the moment: it is forgotten after "
            + LastResults.IDLE.toMinutes()
            + " minutes without use, when you use the quick exit, and when you delete your data."
            + " Drafts are never kept.",
        "/check-up",
        "Take a check-up");
  }

  private void showLetter(Context ctx, int status, LetterPage page) {
    pages.show(
        ctx,
        status,
        "letter.jte",
        page.errors().isEmpty() ? LETTER_TITLE : LETTER_TITLE + ": something needs another look",
        Nav.WRITE,
        false,
        Map.of("page", page));
  }

  private void showHold(Context ctx, String title, SafetyHold hold) {
    pages.show(
        ctx, 200, "hold.jte", title, Nav.WRITE, false, Map.of("page", HoldPage.of(title, hold)));
  }

  /**
   * A posted letter: what it is for, the sections it has, and the person's words.
   *
   * @param options what the letter is for
   * @param structure a draft of its kind, for the sections' titles, guidance and notes
   * @param edits the person's words
   */
  private record Edited(LetterForm.Options options, LetterDraft structure, LetterForm.Edits edits) {
    boolean hasErrors() {
      return !options.errors().isEmpty() || !edits.errors().isEmpty();
    }
  }
}
