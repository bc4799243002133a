package dev.rapport.assessment.writing;

import static com.google.common.base.Preconditions.checkNotNull;

import dev.rapport.assessment.LikelyCause;
import dev.rapport.assessment.NeedScore;
import dev.rapport.assessment.NodeKind;
import dev.rapport.assessment.Recommendation;
import dev.rapport.assessment.Report;
import dev.rapport.assessment.SignScore;
import dev.rapport.core.Cause;
import dev.rapport.core.KnowledgeBase;
import dev.rapport.core.NeedId;
import dev.rapport.core.Who;
import dev.rapport.core.material.LetterSection;
import dev.rapport.core.material.LetterTemplate;
import dev.rapport.core.material.LetterVariant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Drafts a letter to the partner from a {@link Report}, following the letter method of the
 * sources: why I am writing, without blame; what I experience; how it affects me; what might be
 * going on for you; what I ask for; a way forward; a hopeful close.
 *
 * <p><b>Safety first.</b> When the report's safety level is raised (or anything in it points to
 * fear, harm, threats, control or abuse), no letter is drafted: a letter can raise the risk. The
 * outcome is then a {@link SafetyHold} that says why and carries the report's help resources.
 * Nothing from the safety answers is ever put in a letter.
 *
 * <p>What goes in: the strongest signs (at least "sometimes"), as the person's own experiences;
 * the most unmet needs, as feelings; the causes the person said are present, then the likely
 * ones (a likelihood of at least {@value #CAUSE_AT_LEAST}, and never a cause too personal to guess
 * at, such as broken trust), worded as wondering about the partner's side; the two best-fitting recommendations done as a couple, as requests; professional help
 * where the report recommends it. Where the partner has said they want to leave, or is unwilling
 * for now, the letter asks for nothing and presses for nothing: it is honest and kind, and gives
 * space. Signs, needs, causes and interventions that an app's own content adds are left out, as
 * are private ones (thinking of leaving, looking for connection elsewhere, low mood); a draft's
 * {@linkplain LetterDraft#review() review} by the {@link Coach} finds nothing in the composer's
 * own words.
 *
 * <p>Section keys, titles and guidance come from the knowledge base's letter template for the
 * variant where it has them. Immutable, thread-safe and deterministic.
 *
 * <pre>{@code
 * LetterComposer composer = LetterComposer.of(kb);
 * LetterOutcome outcome = composer.compose(report, LetterRequest.builder()
 *     .partnerName("Sam")
 *     .moment("Last Sunday I told you about my new job, and I wasn't sure it reached you.")
 *     .build());
 * System.out.println(outcome.text());
 * }</pre>
 */
public final class LetterComposer {
  static final double SIGN_AT_LEAST = 0.5;
  static final double CAUSE_AT_LEAST = 0.5;
  static final int MAX_EXPERIENCES = 3;
  static final int MAX_FEELINGS = 2;
  static final int MAX_GUESSES = 2;
  static final int MAX_REQUESTS = 2;

  static final String PARTNER_WANTS_TO_LEAVE = "partner-wants-to-leave";
  static final String PARTNER_UNWILLING = "partner-unwilling";
  static final String COUPLES_THERAPY = "couples-therapy";
  static final String INDIVIDUAL_THERAPY = "individual-therapy";
  static final String RENEWED_COMMITMENT = "renewed-commitment";
  static final String ERODING_SELF_WORTH = "eroding-self-worth";

  private final KnowledgeBase kb;

  private LetterComposer(KnowledgeBase kb) {
    this.kb = kb;
  }

  /**
   * Makes a composer over a knowledge base, whose letter templates give the sections' titles and
   * guidance.
   *
   * @param kb the knowledge base the reports were made from
   * @return the composer
   */
  public static LetterComposer of(KnowledgeBase kb) {
    return new LetterComposer(checkNotNull(kb, "knowledge base must not be null"));
  }

  /**
   * Drafts a letter to reconnect, with no personal details.
   *
   * @param report the report
   * @return a draft, or the reason there is none
   */
  public LetterOutcome compose(Report report) {
    return compose(report, LetterRequest.DEFAULT);
  }

  /**
   * Drafts a letter.
   *
   * @param report the report
   * @param request the occasion and the person's details
   * @return a draft, or, when the report puts safety first, a {@link SafetyHold}
   */
  public LetterOutcome compose(Report report, LetterRequest request) {
    checkNotNull(report, "report must not be null");
    checkNotNull(request, "request must not be null");
    if (SafetyFirst.applies(kb, report)) {
      return withheld(report, request.variant());
    }
    Facts facts = facts(report);
    Sections sections = new Sections(template(request.variant()));
    String scenario = report.scenario().slug();
    Stance stance =
        scenario.equals(PARTNER_WANTS_TO_LEAVE)
            ? Stance.GIVE_SPACE
            : scenario.equals(PARTNER_UNWILLING) ? Stance.NO_PRESSURE : Stance.INVITE;
    switch (request.variant()) {
      case RECONNECT -> reconnect(sections, facts, stance, request.moments());
      case DIFFICULT_TIMES -> difficultTimes(sections, facts, stance, request.moments());
      case LEAVING -> leaving(sections, facts);
    }
    String greeting = "Dear " + request.partnerName().orElse("[name]") + ",";
    String closing =
        request.variant() == LetterVariant.LEAVING || stance == Stance.GIVE_SPACE
            ? "With care,"
            : "With love,";
    String signOff = closing + request.signature().map(name -> "\n" + name).orElse("");
    List<DraftSection> drafted = sections.list();
    LetterDraft draft = LetterDraft.reviewed(request.variant(), greeting, drafted, signOff, List.of());
    // the notes are not part of the text, so the review of the draft stands
    return draft.withNotes(notes(report, request, stance, draft));
  }

  /** How the letter may ask: invite, ask nothing and press nothing, or ask nothing and give space. */
  enum Stance {
    INVITE,
    NO_PRESSURE,
    GIVE_SPACE
  }

  /** What a report says that a letter may use, each list in the order it is used. */
  record Facts(
      List<String> experiences,
      List<String> calmExperiences,
      List<String> feelings,
      List<String> missed,
      List<String> guesses,
      List<String> hardTimes,
      List<String> requests,
      boolean couplesTherapy,
      boolean individualTherapy) {}

  // ---------------------------------------------------------------------------------------------
  // Safety

  private SafetyHold withheld(Report report, LetterVariant variant) {
    List<String> explanation = new ArrayList<>();
    explanation.add(
        "Rapport has not drafted a letter to your partner, because your answers put your safety"
            + " first.");
    explanation.add(
        "Where there is fear, threats, harm or control in a relationship, a letter can raise the"
            + " risk: it may be read as a challenge, or give away plans that are safer kept"
            + " private until you have support. Letters and exercises for the two of you can"
            + " wait; your safety comes first.");
    explanation.add(
        "Please talk first to someone trained to help. A domestic-abuse service can help you"
            + " think through what is safe, including whether, when and how to say anything to"
            + " your partner.");
    if (variant == LetterVariant.LEAVING) {
      explanation.add(
          "If you are planning to leave, they can also help you plan a safe way and time to do"
              + " it, and legal advice can follow.");
    }
    explanation.add(SafetyFirst.EMERGENCY);
    return SafetyFirst.hold(kb, report, "No letter was drafted.", explanation);
  }

  // ---------------------------------------------------------------------------------------------
  // What the report says

  private Facts facts(Report report) {
    List<String> experiences = experiences(report.signs(), Set.of());
    // to a partner who wants to leave, doubting one's own worth would read as a plea
    List<String> calmExperiences = experiences(report.signs(), Set.of(ERODING_SELF_WORTH));
    List<NeedId> needs = new ArrayList<>(report.growthAreas());
    if (needs.stream().noneMatch(n -> Phrases.feeling(n.slug()).isPresent())) {
      needs =
          report.needs().stream().filter(n -> n.score() > 0).map(NeedScore::id).toList();
    }
    List<String> feelings =
        needs.stream()
            .map(n -> Phrases.feeling(n.slug()))
            .flatMap(Optional::stream)
            .limit(MAX_FEELINGS)
            .toList();
    List<String> missed =
        needs.stream()
            .map(n -> Phrases.missed(n.slug()))
            .flatMap(Optional::stream)
            .limit(MAX_FEELINGS)
            .toList();
    // What the person said is present comes first; a cause only inferred from the signs must be
    // likely, and is never one too personal to guess at.
    List<LikelyCause> causes =
        report.causes().stream()
            .filter(c -> !kb.find(c.id()).map(Cause::safety).orElse(true))
            .toList();
    List<LikelyCause> stated = causes.stream().filter(LetterComposer::stated).toList();
    List<LikelyCause> likely = new ArrayList<>(stated);
    causes.stream()
        .filter(c -> !stated(c))
        .filter(c -> c.likelihood() >= CAUSE_AT_LEAST)
        .filter(c -> !Phrases.STATED_ONLY.contains(c.id().slug()))
        .forEach(likely::add);
    List<String> guesses =
        likely.stream()
            .map(c -> Phrases.guess(c.id().slug()))
            .flatMap(Optional::stream)
            .limit(MAX_GUESSES)
            .toList();
    List<String> hardTimes =
        stated.stream()
            .map(c -> Phrases.hardTime(c.id().slug()))
            .flatMap(Optional::stream)
            .limit(2)
            .toList();
    return new Facts(
        experiences,
        calmExperiences,
        feelings,
        missed,
        guesses,
        hardTimes,
        requests(report.recommendations()),
        recommends(report, COUPLES_THERAPY),
        recommends(report, INDIVIDUAL_THERAPY));
  }

  /** True when the person said the cause is present, rather than its being inferred. */
  private static boolean stated(LikelyCause cause) {
    return cause.evidence().stream().anyMatch(l -> l.from().kind() == NodeKind.CONTEXT);
  }

  /** The strongest signs at least "sometimes" present, or failing that the present ones. */
  private static List<String> experiences(List<SignScore> signs, Set<String> leaveOut) {
    List<SignScore> kept =
        signs.stream().filter(s -> !leaveOut.contains(s.id().slug())).toList();
    List<String> strongest = strongest(kept, SIGN_AT_LEAST, MAX_EXPERIENCES);
    return strongest.isEmpty() ? strongest(kept, Double.MIN_VALUE, MAX_EXPERIENCES - 1) : strongest;
  }

  private static List<String> strongest(List<SignScore> signs, double atLeast, int limit) {
    return signs.stream()
        .filter(s -> s.score() >= atLeast)
        .map(s -> Phrases.experience(s.id().slug()))
        .flatMap(Optional::stream)
        .limit(limit)
        .toList();
  }

  /**
   * The best-fitting recommendations done as a couple, as requests: the highest scores first
   * (ties by plan order), then put back in plan order.
   */
  private static List<String> requests(List<Recommendation> recommendations) {
    Map<Recommendation, Integer> order = new LinkedHashMap<>();
    for (int i = 0; i < recommendations.size(); i++) {
      order.put(recommendations.get(i), i);
    }
    return recommendations.stream()
        .filter(r -> r.who() == Who.COUPLE)
        .filter(r -> !r.id().slug().equals(RENEWED_COMMITMENT))
        .filter(r -> Phrases.request(r.id().slug()).isPresent())
        .sorted(
            Comparator.comparingDouble(Recommendation::score)
                .reversed()
                .thenComparing(order::get))
        .limit(MAX_REQUESTS)
        .sorted(Comparator.comparing(order::get))
        .map(r -> Phrases.request(r.id().slug()).orElseThrow())
        .toList();
  }

  private static boolean recommends(Report report, String intervention) {
    return report.recommendations().stream().anyMatch(r -> r.id().slug().equals(intervention));
  }

  private Optional<LetterTemplate> template(LetterVariant variant) {
    return kb.letters().stream().filter(t -> t.variant() == variant).findFirst();
  }

  // ---------------------------------------------------------------------------------------------
  // The letters

  private static void reconnect(
      Sections sections, Facts facts, Stance stance, List<String> moments) {
    sections.add(
        "intention-without-blame",
        "Why I am writing",
        "Say why you are writing and that you are not writing to blame anyone.",
        switch (stance) {
          case INVITE ->
              "I'm writing because something between us has felt far away for a while, and I'd"
                  + " rather reach out than keep quiet about it. This isn't a list of complaints,"
                  + " and I'm not looking for anyone to blame. I care about us, and I'd love for"
                  + " us to find our way back to each other.";
          case NO_PRESSURE ->
              "I'm writing because something between us has felt far away for a while, and I'd"
                  + " rather tell you than keep quiet about it. I'm not writing to blame you or to"
                  + " push you into anything. I'd just like you to know how I've been.";
          case GIVE_SPACE ->
              "I've heard what you told me about wanting to leave, and I'm not writing to change"
                  + " your mind or to ask anything of you. I want to tell you honestly how I've"
                  + " been, and to say that I respect what you feel.";
        });
    sections.add(
        "what-i-experience",
        "What I have been living with",
        "Describe a few specific moments as you lived them, without guessing at motives.",
        join(
            experiencesFor(facts, stance),
            momentsText(moments)));
    sections.add(
        "how-it-affects-me",
        "How it affects me",
        "Say how these moments feel for you, as your feelings, not as charges.",
        join(
            facts.feelings().isEmpty()
                ? List.of("I miss feeling close to you, and the distance weighs on me.")
                : limit(facts.feelings(), stance == Stance.GIVE_SPACE ? 1 : MAX_FEELINGS),
            stance == Stance.GIVE_SPACE
                ? "I'm not telling you this to make you responsible for it; I just want to be"
                    + " honest with you."
                : "I'm telling you because I'd rather share it with you than let it grow in"
                    + " silence."));
    sections.add(
        "what-might-be-going-on-for-you",
        "What might be going on for you",
        "Wonder about your partner's side with curiosity, never as a diagnosis.",
        join(
            "I've wondered what these months have been like for you.",
            facts.guesses().isEmpty()
                ? "I know I may not see everything you're carrying."
                : String.join(" ", facts.guesses()),
            stance == Stance.GIVE_SPACE
                ? "I'd like to understand your side, whatever you decide."
                : "If any of that is true, I'd really like to understand it. I know I may have"
                    + " missed things too."));
    sections.add(
        "what-i-ask-for",
        "What I am asking for",
        "Ask for one or two small, specific things, as invitations rather than demands.",
        switch (stance) {
          case INVITE -> askFor(facts.requests());
          case NO_PRESSURE ->
              "I'm not asking you to change anything right now. If and when you feel like"
                  + " talking, I'd love to hear how things are for you.";
          case GIVE_SPACE ->
              "I'm not asking you for anything right now. If at some point you'd like to talk,"
                  + " I'll listen, without trying to persuade you.";
        });
    sections.add(
        "a-path-forward",
        "A way forward",
        "Suggest a next step you are willing to take yourself, and professional help where it"
            + " would help.",
        pathForward(facts, stance));
    sections.add(
        "a-hopeful-close",
        "A hopeful close",
        "End with warmth and hope, and no deadline.",
        switch (stance) {
          case INVITE ->
              "I love you, and I still believe in us. Please take whatever time you need with"
                  + " this. Whenever you feel ready, I'd love to sit down together and talk about"
                  + " it.";
          case NO_PRESSURE ->
              "I love you, and I'm here whenever you'd like to talk. Please take all the time"
                  + " you need with this.";
          case GIVE_SPACE ->
              "Whatever happens, I care about you, and I want us to treat each other with"
                  + " kindness and respect.";
        });
  }

  private static List<String> experiencesFor(Facts facts, Stance stance) {
    List<String> experiences =
        stance == Stance.GIVE_SPACE ? limit(facts.calmExperiences(), 2) : facts.experiences();
    return experiences.isEmpty()
        ? List.of(
            "Something between us has felt far away for a while, and I miss how close we used to"
                + " be.")
        : experiences;
  }

  private static String askFor(List<String> requests) {
    String closing = "I'd also really like to know what would help you feel closer to me.";
    if (requests.isEmpty()) {
      return join(
          "Could we find a quiet moment this week to talk about how we're both doing?", closing);
    }
    String opening =
        requests.size() == 1
            ? "There's one thing I'd love to try, if you're open to it."
            : "There are a couple of things I'd love to try, if you're open to them.";
    return join(opening, String.join(" ", requests), closing);
  }

  private static String pathForward(Facts facts, Stance stance) {
    List<String> parts = new ArrayList<>();
    switch (stance) {
      case INVITE -> {
        parts.add("I'd like us to try this as a team.");
        if (facts.couplesTherapy()) {
          parts.add(
              "If talking on our own keeps getting stuck, I'd be glad to find a couples"
                  + " counsellor we could see together.");
        }
        parts.add(
            facts.individualTherapy()
                ? "I've also decided to find someone to talk to myself, to look after my own"
                    + " well-being and my part in this."
                : "I'm willing to look at my own part in this too.");
        parts.add("I'm ready to put effort into us, and I hope you might want that as well.");
      }
      case NO_PRESSURE -> {
        parts.add(
            "For my part, I'm going to take better care of myself and try to bring a little"
                + " more warmth and patience to our days.");
        if (facts.individualTherapy()) {
          parts.add("I've also decided to find someone to talk to myself.");
        }
        parts.add("There's no pressure in any of this.");
      }
      case GIVE_SPACE -> {
        parts.add(
            "For my part, I'm taking some time to look after myself and to think about what I"
                + " want.");
        if (facts.individualTherapy()) {
          parts.add("I've decided to talk to someone about it myself.");
        }
        parts.add("I'll give you the space you need.");
      }
    }
    return String.join(" ", parts);
  }

  private static void difficultTimes(
      Sections sections, Facts facts, Stance stance, List<String> moments) {
    String hard =
        facts.hardTimes().isEmpty() ? "" : ", with " + String.join(" and ", facts.hardTimes());
    sections.add(
        "acknowledge-what-we-face",
        "What we are facing",
        "Name the hard time you are both in, without judging how either of you has handled it.",
        "These last months have been hard on both of us"
            + hard
            + ". I know it has taken a lot out of you, and it has taken a lot out of me too.");
    sections.add(
        "empathy-for-you",
        "I see what you are carrying",
        "Show that you see your partner's struggle, in specific terms.",
        join(
            "I've seen how much you're carrying, and I don't think I've told you enough how much"
                + " I notice it.",
            String.join(" ", facts.guesses())));
    sections.add(
        "my-feelings-and-needs",
        "How I am doing",
        "Share your own feelings and needs honestly, without criticism or blame.",
        join(
            "I'm finding it hard too.",
            String.join(" ", facts.feelings()),
            momentsText(moments),
            stance == Stance.INVITE
                ? "What would help me most is a few minutes each day when we check in with each"
                    + " other, even briefly."
                : ""));
    sections.add(
        "facing-it-together",
        "Facing it together",
        "Turn towards what you could do together, and say that you are committed.",
        switch (stance) {
          case INVITE ->
              join(
                  "I don't want this to come between us. I'd like us to face it as a team, and"
                      + " I'm in this with you.",
                  facts.couplesTherapy()
                      ? "If it would help, I'd be glad to find a counsellor we could see"
                          + " together."
                      : "",
                  facts.individualTherapy()
                      ? "I've also decided to find someone to talk to myself, so that I can be"
                          + " steadier for both of us."
                      : "");
          case NO_PRESSURE ->
              "I don't want this hard time to come between us. For my part, I'm going to take"
                  + " care of myself and be here for you in the ways you'd welcome.";
          case GIVE_SPACE ->
              "Whatever you decide about us, I want to get through this time with care for both"
                  + " of us.";
        });
    sections.add(
        "how-i-can-support-you",
        "How I would like to support you",
        "Offer a few concrete ways to support your partner, and ask which would help.",
        stance == Stance.INVITE
            ? join(
                "I'd like to help in ways that really help you. I could take on more at home,"
                    + " give you an evening to yourself, or just listen when you want to talk,"
                    + " without trying to fix anything. Tell me what would make a difference.",
                facts.requests().isEmpty()
                    ? ""
                    : "There are also a couple of small things I think could help us both. "
                        + String.join(" ", facts.requests()))
            : "If it would help, I could take on more at home, give you an evening to yourself,"
                + " or just listen, without trying to fix anything. Only if you'd like that.");
    sections.add(
        "an-invitation-to-share",
        "Your thoughts and feelings",
        "Invite your partner to share their side, at their own pace.",
        stance == Stance.GIVE_SPACE
            ? "If you ever want to tell me how all this has been for you, I'll listen."
            : "I'd really like to know how all this has been for you, whenever you feel like"
                + " talking. There's no right way to say it, and I'll listen.");
    sections.add(
        "love-and-hope",
        "Love and hope",
        "End with love and hope for what lies ahead.",
        switch (stance) {
          case INVITE ->
              "I love you. This is a hard stretch, not the whole story of us, and I believe we"
                  + " can come through it closer. I'm here.";
          case NO_PRESSURE -> "I love you, and I'm here.";
          case GIVE_SPACE ->
              "Whatever happens, I care about you, and I hope we can both come through this time"
                  + " gently.";
        });
  }

  private static void leaving(Sections sections, Facts facts) {
    sections.add(
        "my-decision",
        "My decision",
        "Say clearly that you have decided to leave, with no opening to negotiate and no"
            + " accusation.",
        "I'm writing to tell you that I have decided to end our relationship. I've thought about"
            + " this for a long time, and it is a decision I have made, not a question I'm asking"
            + " you.");
    String missed =
        facts.missed().isEmpty()
            ? "For a long time I have felt lonely in our relationship"
            : "For a long time I have missed " + String.join(" and ", facts.missed())
                + " in our relationship";
    sections.add(
        "my-reasons",
        "Why",
        "Explain briefly, in terms of your own needs and feelings.",
        missed
            + ", and I've come to see that I need a different life to feel well. I'm not writing"
            + " to blame you; this is about what I need and what I can no longer carry.");
    sections.add(
        "practical-matters",
        "Practical matters",
        "Set out the practical questions you can address now; check anything legal with a"
            + " lawyer first.",
        "From [date] I'll be staying at [place]. Until we agree how to divide things, I suggest"
            + " we keep paying the shared bills as we do now. [If you have children: I want us to"
            + " put the children first, keep their routines steady, and agree a plan for them"
            + " together, with a mediator's help if we need it.] I'm happy to sort out the"
            + " details in writing, and I'd like us both to take advice before we agree anything"
            + " final.");
    sections.add(
        "our-shared-history",
        "What we shared",
        "If it is true for you, acknowledge the history you share.",
        "We've shared a great deal, and there is much I'm grateful for. That doesn't disappear"
            + " because we're going separate ways.");
    sections.add(
        "a-respectful-close",
        "A respectful close",
        "Close calmly and, if it feels right, wish your partner well.",
        "I wish you well, and I hope we can handle what comes next with as much respect and care"
            + " as we can manage.");
  }

  /** The person's moments, each used as given; a full stop is added where a sentence is open. */
  private static String momentsText(List<String> moments) {
    List<String> parts = new ArrayList<>();
    for (int i = 0; i < moments.size(); i++) {
      String moment = moments.get(i);
      if (!moment.matches("(?s).*[.!?\\u2026\"')\\]\\u201d\\u2019]$")) {
        moment = moment + ".";
      }
      parts.add((i == 0 ? "One moment stays with me: " : "I also think of this: ") + moment);
    }
    return String.join(" ", parts);
  }

  private List<String> notes(Report report, LetterRequest request, Stance stance, LetterDraft draft) {
    List<String> notes = new ArrayList<>();
    if (request.variant() == LetterVariant.LEAVING) {
      notes.add(
          "Before you send this, talk to a family lawyer or a legal advice service, so that you"
              + " understand your rights and responsibilities: your home, money and any"
              + " children.");
      notes.add(
          "Send it only if you have decided: a letter like this is not a way to bargain or to"
              + " provoke a reaction.");
      notes.add(
          "If you are afraid of how your partner may react, talk to a domestic-abuse service"
              + " about a safe way and time to leave before you send anything.");
      if (!request.moments().isEmpty()) {
        notes.add(
            "Your moments are not in this letter: a letter that ends a relationship works best"
                + " with brief reasons about your own needs. Add them if you still want to.");
      }
    }
    if (stance == Stance.GIVE_SPACE && request.variant() != LetterVariant.LEAVING) {
      notes.add(
          "Your partner has said they want to leave. This letter asks for nothing: it is a way"
              + " to be honest and kind, not to change their mind. Give them space, and look"
              + " after yourself.");
    }
    if (!draft.review().isInvitational()) {
      notes.add(
          "Some of your own words may read as an accusation; the review shows where, with other"
              + " ways to say them.");
    }
    if (draft.text().contains("[")) {
      notes.add("Fill in the parts in square brackets, and take out any that don't apply.");
    }
    notes.add(
        "This draft is a starting point: change anything that doesn't sound like you, and leave"
            + " out anything you're not ready to say.");
    if (request.variant() != LetterVariant.LEAVING) {
      notes.add(
          "Read it again tomorrow before you send it. Choose a calm moment, and give your"
              + " partner time to answer.");
    }
    notes.add("Nothing from your private answers about safety is in this letter.");
    notes.add(report.disclaimer());
    return notes;
  }

  private static List<String> limit(List<String> items, int count) {
    return items.subList(0, Math.min(count, items.size()));
  }

  private static String join(String... parts) {
    return join(List.of(parts));
  }

  private static String join(List<String> parts, String... more) {
    List<String> all = new ArrayList<>(parts);
    all.addAll(List.of(more));
    return join(all);
  }

  private static String join(List<String> parts) {
    return String.join(" ", parts.stream().filter(p -> !p.isBlank()).toList());
  }

  /** The sections of one letter, titled and guided by the template where it has the key. */
  private static final class Sections {
    private final Map<String, LetterSection> template = new LinkedHashMap<>();
    private final List<DraftSection> sections = new ArrayList<>();

    Sections(Optional<LetterTemplate> template) {
      template.ifPresent(t -> t.sections().forEach(s -> this.template.put(s.key(), s)));
    }

    void add(String key, String title, String guidance, String text) {
      LetterSection known = template.get(key);
      sections.add(
          new DraftSection(
              key,
              known == null ? title : known.title(),
              known == null ? guidance : known.guidance(),
              text));
    }

    List<DraftSection> list() {
      return List.copyOf(sections);
    }
  }
}
