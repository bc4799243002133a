package dev.rapport.assessment;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import dev.rapport.core.NeedId;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Two or more check-ups over time: what improved, what did not, milestones worth celebrating, and
 * when to suggest professional help because things are not improving.
 *
 * <p>The times are the caller's; nothing here reads a clock. A sign or need counts as improved
 * when its score fell by at least {@value #STEP} (one step of the answer scale) from the first
 * check-up to the latest, and as not improved when it is still at least {@value #STILL_PRESENT}
 * and no lower than at first. Professional help is suggested, with the first reason that applies,
 * when the latest check-up raised a safety concern; when the connection index rose by less than
 * {@value #LEAST_PROGRESS} points over {@value #WEEKS_TO_PROGRESS} weeks or more; when it fell by
 * {@value #BIG_FALL} points or more; or when the last two check-ups, {@value #DAYS_APART} days or
 * more apart, are both {@link Band#DISTANT}.
 *
 * <p>Immutable and thread-safe. Nothing here repeats a safety answer.
 */
public final class Timeline {
  static final double STEP = 0.25;
  static final double STILL_PRESENT = 0.5;
  static final int LEAST_PROGRESS = 5;
  static final int WEEKS_TO_PROGRESS = 4;
  static final int BIG_FALL = 10;
  static final int BIG_RISE = 10;
  static final int DAYS_APART = 14;

  private final List<Checkup> checkups;
  private final List<Change> improved;
  private final List<Change> notImproved;
  private final List<Milestone> milestones;
  private final Optional<String> professionalHelp;

  private Timeline(List<Checkup> checkups) {
    this.checkups = checkups;
    Checkup first = checkups.get(0);
    Checkup latest = checkups.get(checkups.size() - 1);
    List<Change> changes = changes(first.report(), latest.report());
    this.improved =
        changes.stream()
            .filter(c -> c.before() - c.after() >= STEP)
            .sorted(
                Comparator.<Change>comparingDouble(c -> c.after() - c.before())
                    .thenComparing(Change::kind)
                    .thenComparing(Change::id))
            .toList();
    this.notImproved =
        changes.stream()
            .filter(c -> c.after() >= STILL_PRESENT && c.after() >= c.before())
            .sorted(
                Comparator.comparingDouble(Change::after)
                    .reversed()
                    .thenComparing(Change::kind)
                    .thenComparing(Change::id))
            .toList();
    List<Milestone> found = new ArrayList<>();
    for (int i = 1; i < checkups.size(); i++) {
      found.addAll(milestones(checkups.get(i - 1), checkups.get(i)));
    }
    found.sort(
        Comparator.comparing(Milestone::at)
            .thenComparing(Milestone::kind)
            .thenComparing(Milestone::subject));
    this.milestones = List.copyOf(found);
    this.professionalHelp = professionalHelp(checkups);
  }

  /**
   * Makes a timeline of check-ups.
   *
   * @param checkups two or more check-ups, in any order, no two at the same time
   * @return the timeline
   * @throws IllegalArgumentException when there are fewer than two check-ups or two share a time
   */
  public static Timeline of(List<Checkup> checkups) {
    checkNotNull(checkups, "check-ups must not be null");
    List<Checkup> sorted = new ArrayList<>(Values.copy(checkups, "check-ups"));
    checkArgument(
        sorted.size() >= 2, "a timeline needs at least 2 check-ups but had %s", sorted.size());
    sorted.sort(Comparator.comparing(Checkup::at));
    for (int i = 1; i < sorted.size(); i++) {
      checkArgument(
          !sorted.get(i).at().equals(sorted.get(i - 1).at()),
          "two check-ups are at the same time: %s",
          sorted.get(i).at());
    }
    return new Timeline(List.copyOf(sorted));
  }

  /**
   * The check-ups.
   *
   * @return the check-ups, earliest first
   */
  public List<Checkup> checkups() {
    return checkups;
  }

  /**
   * How far the connection index moved from the first check-up to the latest.
   *
   * @return the latest index minus the first; positive is better
   */
  public int indexChange() {
    return latest().connectionIndex() - checkups.get(0).report().connectionIndex();
  }

  /**
   * The signs and needs that improved from the first check-up to the latest.
   *
   * @return the changes, biggest improvement first, then signs before needs, then by id
   */
  public List<Change> improved() {
    return improved;
  }

  /**
   * The signs and needs that are still present and no better than at the first check-up.
   *
   * @return the changes, highest latest score first, then signs before needs, then by id
   */
  public List<Change> notImproved() {
    return notImproved;
  }

  /**
   * The milestones reached, worth celebrating.
   *
   * @return the milestones, earliest first, then by kind and subject
   */
  public List<Milestone> milestones() {
    return milestones;
  }

  /**
   * Why professional help is suggested, if it is.
   *
   * @return a plain sentence giving the reason, or empty when things are moving in a good
   *     direction
   */
  public Optional<String> professionalHelp() {
    return professionalHelp;
  }

  private Report latest() {
    return checkups.get(checkups.size() - 1).report();
  }

  private static List<Change> changes(Report first, Report latest) {
    List<Change> changes = new ArrayList<>();
    Map<String, Double> before = new HashMap<>();
    first.signs().forEach(s -> before.put(s.id().slug(), s.score()));
    for (SignScore sign : latest.signs()) {
      Double was = before.get(sign.id().slug());
      if (was != null) {
        changes.add(new Change(NodeKind.SIGN, sign.id().slug(), was, sign.score()));
      }
    }
    before.clear();
    first.needs().forEach(n -> before.put(n.id().slug(), n.score()));
    for (NeedScore need : latest.needs()) {
      Double was = before.get(need.id().slug());
      if (was != null) {
        changes.add(new Change(NodeKind.NEED, need.id().slug(), was, need.score()));
      }
    }
    return changes;
  }

  private static List<Milestone> milestones(Checkup previous, Checkup current) {
    List<Milestone> found = new ArrayList<>();
    Report was = previous.report();
    Report now = current.report();
    if (now.band().compareTo(was.band()) < 0) {
      String band = now.band().name().toLowerCase(Locale.ROOT);
      found.add(
          new Milestone(
              current.at(),
              "band-improved",
              band,
              "Your connection moved from "
                  + was.band().name().toLowerCase(Locale.ROOT)
                  + " to "
                  + band
                  + "."));
    }
    int rise = now.connectionIndex() - was.connectionIndex();
    if (rise >= BIG_RISE) {
      found.add(
          new Milestone(
              current.at(),
              "index-rose",
              "connection-index",
              "Your connection index rose by " + rise + " points since the last check-up."));
    }
    Map<String, Double> signsBefore = new HashMap<>();
    was.signs().forEach(s -> signsBefore.put(s.id().slug(), s.score()));
    for (SignScore sign : now.signs()) {
      Double before = signsBefore.get(sign.id().slug());
      if (before != null && before >= STILL_PRESENT && sign.score() == 0) {
        found.add(
            new Milestone(
                current.at(),
                "sign-eased",
                sign.id().slug(),
                "'" + words(sign.id().slug()) + "' no longer shows up in your answers."));
      }
    }
    Set<NeedId> strengths = new HashSet<>(now.strengths());
    for (NeedId need : was.growthAreas()) {
      if (strengths.contains(need)) {
        found.add(
            new Milestone(
                current.at(),
                "growth-area-met",
                need.slug(),
                "The need for " + words(need.slug()) + " now looks well met."));
      }
    }
    return found;
  }

  private static Optional<String> professionalHelp(List<Checkup> checkups) {
    Checkup first = checkups.get(0);
    Checkup latest = checkups.get(checkups.size() - 1);
    Checkup previous = checkups.get(checkups.size() - 2);
    int change = latest.report().connectionIndex() - first.report().connectionIndex();
    long days = Duration.between(first.at(), latest.at()).toDays();
    if (latest.report().safety().raised()) {
      return Optional.of(
          "The latest check-up found something that calls for support; see its private safety"
              + " section for where to turn.");
    }
    if (days >= WEEKS_TO_PROGRESS * 7L && change < LEAST_PROGRESS) {
      return Optional.of(
          "Your connection index has not improved over "
              + days / 7
              + " weeks. A counsellor or therapist can help you find what is in the way.");
    }
    if (change <= -BIG_FALL) {
      return Optional.of(
          "Your connection index fell by "
              + -change
              + " points. A counsellor or therapist can help you through this.");
    }
    if (latest.report().band() == Band.DISTANT
        && previous.report().band() == Band.DISTANT
        && Duration.between(previous.at(), latest.at()).toDays() >= DAYS_APART) {
      return Optional.of(
          "Distance has lasted across your recent check-ups. A counsellor or therapist can help"
              + " you carry it.");
    }
    return Optional.empty();
  }

  private static String words(String slug) {
    return slug.replace('-', ' ');
  }
}
