package dev.rapport.assessment.writing;

import static dev.rapport.assessment.writing.LetterComposerTest.draft;
import static dev.rapport.assessment.writing.WritingFixtures.KB;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import dev.rapport.assessment.AssessmentInput;
import dev.rapport.assessment.PartnerEngagement;
import dev.rapport.assessment.Report;
import dev.rapport.core.Who;
import dev.rapport.core.material.LetterVariant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * The exact words of drafted letters: for each kind of report, what the person reads, section by
 * section, and which of the report's findings the letter speaks of.
 */
class LetterWordingTest {
  private static final LetterComposer COMPOSER = LetterComposer.of(KB);

  private static LetterDraft compose(Report report, LetterVariant variant) {
    return draft(COMPOSER.compose(report, LetterRequest.builder().variant(variant).build()));
  }

  private static String section(Report report, LetterVariant variant, String key) {
    return compose(report, variant).section(key).orElseThrow().text();
  }

  private static String reconnect(Report report, String key) {
    return section(report, LetterVariant.RECONNECT, key);
  }

  private static String difficultTimes(Report report, String key) {
    return section(report, LetterVariant.DIFFICULT_TIMES, key);
  }

  /** Signs only rarely present: no need is unmet enough to be a growth area. */
  private static Report rareSigns() {
    return WritingFixtures.assess(
        AssessmentInput.builder()
            .sign("lonely-together", 1)
            .sign("dismissed-bids", 1)
            .sign("digital-distraction", 1)
            .engagement(PartnerEngagement.WILLING));
  }

  /** Professional help recommended for a willing couple, and no exercise done together. */
  private static Report professionalHelpOnly() {
    return WritingFixtures.assess(
        AssessmentInput.builder()
            .sign("eroding-self-worth", 4)
            .sign("withholding-feelings", 2)
            .context("major-life-change")
            .engagement(PartnerEngagement.WILLING));
  }

  @Nested
  class Reconnect {
    @Test
    void compose_neglect_isThisLetterWordForWord() {
      assertEquals(
          """
          Dear [name],

          I'm writing because something between us has felt far away for a while, and I'd rather \
          reach out than keep quiet about it. This isn't a list of complaints, and I'm not looking \
          for anyone to blame. I care about us, and I'd love for us to find our way back to each \
          other.

          There are evenings when we're in the same room and I still feel alone, more like \
          housemates than partners. When I try to share something that excites or worries me, I'm \
          often not sure it reaches you, and I end up wishing I hadn't brought it up. Lately most \
          of our talk seems to be about schedules, chores and plans, and I miss the conversations \
          where we told each other how we really were.

          I miss knowing what's in your heart, and sharing what's in mine. In hard moments I feel \
          alone with what I'm carrying, and I miss the comfort of having you beside me. I'm \
          telling you because I'd rather share it with you than let it grow in silence.

          I've wondered what these months have been like for you. I think screens have quietly \
          taken up a lot of our time, mine included. Maybe so much has changed for us lately that \
          we haven't had a chance to find our feet in it together. If any of that is true, I'd \
          really like to understand it. I know I may have missed things too.

          There are a couple of things I'd love to try, if you're open to them. Could we set aside \
          some time to talk about what's really on our hearts, the hopes and the worries? Could we \
          try a phone-free dinner together a few times a week? I'd also really like to know what \
          would help you feel closer to me.

          I'd like us to try this as a team. I'm willing to look at my own part in this too. I'm \
          ready to put effort into us, and I hope you might want that as well.

          I love you, and I still believe in us. Please take whatever time you need with this. \
          Whenever you feel ready, I'd love to sit down together and talk about it.

          With love,
          """,
          compose(WritingFixtures.neglect(), LetterVariant.RECONNECT).text());
    }

    @Test
    void compose_neglect_givesTheNotesInOrder() {
      LetterDraft draft = compose(WritingFixtures.neglect(), LetterVariant.RECONNECT);

      assertEquals(
          List.of(
              "Fill in the parts in square brackets, and take out any that don't apply.",
              "This draft is a starting point: change anything that doesn't sound like you, and"
                  + " leave out anything you're not ready to say.",
              "Read it again tomorrow before you send it. Choose a calm moment, and give your"
                  + " partner time to answer.",
              "Nothing from your private answers about safety is in this letter.",
              Report.DISCLAIMER),
          draft.notes());
    }

    @Test
    void compose_stress_namesTheSometimesSignAndAsksForTheOneThingThatFits() {
      Report report = WritingFixtures.stress();

      assertEquals(
          "When I'm upset or scared, I find myself wishing I could turn to you, and not quite"
              + " knowing how. When I bring up how I feel, our talks seem to leave us both"
              + " feeling worse, and I'd like to find a gentler way to have them. There are"
              + " evenings when we're in the same room and I still feel alone, more like"
              + " housemates than partners.",
          reconnect(report, "what-i-experience"));
      assertEquals(
          "There's one thing I'd love to try, if you're open to it. When one of us has a hard"
              + " day, could we let the other know, and take a few minutes to be there for each"
              + " other? I'd also really like to know what would help you feel closer to me.",
          reconnect(report, "what-i-ask-for"));
    }

    @Test
    void compose_partnerWantsToLeave_saysOneFeelingCalmlyAndGivesSpace() {
      Report report = WritingFixtures.partnerLeaving();
      LetterDraft draft = compose(report, LetterVariant.RECONNECT);

      // doubting one's own worth is left out: to a partner who wants to leave it reads as a plea
      assertEquals(
          "There are evenings when we're in the same room and I still feel alone, more like"
              + " housemates than partners. I miss the hugs, the hand-holding and the closeness"
              + " we used to share.",
          draft.section("what-i-experience").orElseThrow().text());
      assertEquals(
          "I'd love to feel noticed and valued for what I bring to our life, and I want you to"
              + " feel that from me too. I'm not telling you this to make you responsible for it;"
              + " I just want to be honest with you.",
          draft.section("how-it-affects-me").orElseThrow().text());
      assertEquals(
          "I've wondered what these months have been like for you. I know I may not see"
              + " everything you're carrying. I'd like to understand your side, whatever you"
              + " decide.",
          draft.section("what-might-be-going-on-for-you").orElseThrow().text());
      assertEquals(
          "For my part, I'm taking some time to look after myself and to think about what I want."
              + " I've decided to talk to someone about it myself. I'll give you the space you"
              + " need.",
          draft.section("a-path-forward").orElseThrow().text());
      assertEquals(
          "Whatever happens, I care about you, and I want us to treat each other with kindness"
              + " and respect.",
          draft.section("a-hopeful-close").orElseThrow().text());
    }

    @Test
    void compose_partnerUnwilling_takesCareOfItselfWithoutPressure() {
      assertEquals(
          "For my part, I'm going to take better care of myself and try to bring a little more"
              + " warmth and patience to our days. There's no pressure in any of this.",
          reconnect(WritingFixtures.unwilling(), "a-path-forward"));
      Report distressed =
          WritingFixtures.assess(
              AssessmentInput.builder()
                  .sign("lonely-together", 4)
                  .sign("low-mood", 4)
                  .sign("considering-leaving", 4)
                  .engagement(PartnerEngagement.UNWILLING));
      assertEquals(
          "For my part, I'm going to take better care of myself and try to bring a little more"
              + " warmth and patience to our days. I've also decided to find someone to talk to"
              + " myself. There's no pressure in any of this.",
          reconnect(distressed, "a-path-forward"));
    }

    @Test
    void compose_professionalHelpOnly_asksForATalkAndOffersCounselling() {
      Report report = professionalHelpOnly();

      assertEquals(
          "Could we find a quiet moment this week to talk about how we're both doing? I'd also"
              + " really like to know what would help you feel closer to me.",
          reconnect(report, "what-i-ask-for"));
      assertEquals(
          "I'd like us to try this as a team. If talking on our own keeps getting stuck, I'd be"
              + " glad to find a couples counsellor we could see together. I've also decided to"
              + " find someone to talk to myself, to look after my own well-being and my part in"
              + " this. I'm ready to put effort into us, and I hope you might want that as well.",
          reconnect(report, "a-path-forward"));
    }

    @Test
    void compose_nothingPresent_fallsBackToGentleGeneralWords() {
      Report report = WritingFixtures.nothingPresent();

      assertEquals(
          "Something between us has felt far away for a while, and I miss how close we used to"
              + " be.",
          reconnect(report, "what-i-experience"));
      assertEquals(
          "I miss feeling close to you, and the distance weighs on me. I'm telling you because"
              + " I'd rather share it with you than let it grow in silence.",
          reconnect(report, "how-it-affects-me"));
    }

    @Test
    void compose_onlyRareSigns_namesTwoAndFeelsTheNeedsTheyPointTo() {
      Report report = rareSigns();

      assertEquals(List.of(), report.growthAreas());
      assertEquals(
          "Our time together often ends up with one of us on a screen, and I miss having each"
              + " other's full attention. When I try to share something that excites or worries"
              + " me, I'm often not sure it reaches you, and I end up wishing I hadn't brought it"
              + " up.",
          reconnect(report, "what-i-experience"));
      assertEquals(
          "I'd love to feel noticed and valued for what I bring to our life, and I want you to"
              + " feel that from me too. I feel lonely when I can't tell whether what I say has"
              + " landed, and I miss feeling heard by you. I'm telling you because I'd rather"
              + " share it with you than let it grow in silence.",
          reconnect(report, "how-it-affects-me"));
    }

    @Test
    void compose_oneUnmetNeed_saysOneFeelingNotTheNeedsThatLookMet() {
      Report report = WritingFixtures.oneUnmetNeed();

      assertEquals(1, report.growthAreas().size());
      assertEquals(
          "I miss time with you that is just ours, and without it I feel us drifting. I'm telling"
              + " you because I'd rather share it with you than let it grow in silence.",
          reconnect(report, "how-it-affects-me"));
    }

    @Test
    void compose_twoStrongSignsAndARareOne_leavesTheRareOneOut() {
      Report report =
          WritingFixtures.assess(
              AssessmentInput.builder()
                  .sign("lonely-together", 3)
                  .sign("living-separate-lives", 3)
                  .sign("digital-distraction", 1)
                  .engagement(PartnerEngagement.WILLING));

      assertEquals(
          "Much of our free time seems to be spent apart now, and I miss the things we used to do"
              + " together. There are evenings when we're in the same room and I still feel"
              + " alone, more like housemates than partners.",
          reconnect(report, "what-i-experience"));
    }
  }

  @Nested
  class Guesses {
    @Test
    void compose_statedCause_comesBeforeTheLikeliestInferredOne() {
      Report report = WritingFixtures.neglect("work-stress");

      assertEquals(
          "I've wondered what these months have been like for you. I wonder whether work has been"
              + " asking more of you than you've let on, and whether you've been carrying that"
              + " pressure on your own. I think screens have quietly taken up a lot of our time,"
              + " mine included. If any of that is true, I'd really like to understand it. I know"
              + " I may have missed things too.",
          reconnect(report, "what-might-be-going-on-for-you"));
      assertEquals(
          "These last months have been hard on both of us, with the pressure at work. I know it"
              + " has taken a lot out of you, and it has taken a lot out of me too.",
          difficultTimes(report, "acknowledge-what-we-face"));
    }

    @Test
    void compose_statedCauseThatIsAlsoTheLikeliest_isWonderedAboutOnce() {
      Report report = WritingFixtures.neglect("screen-habits");

      assertEquals(
          "I've wondered what these months have been like for you. I think screens have quietly"
              + " taken up a lot of our time, mine included. Maybe so much has changed for us"
              + " lately that we haven't had a chance to find our feet in it together. If any of"
              + " that is true, I'd really like to understand it. I know I may have missed things"
              + " too.",
          reconnect(report, "what-might-be-going-on-for-you"));
    }

    @Test
    void compose_inferredCauseAtExactlyTheThreshold_isWonderedAbout() {
      Report report =
          WritingFixtures.assess(
              AssessmentInput.builder()
                  .sign("growing-silence", 3)
                  .sign("surface-level-conversations", 3)
                  .sign("withholding-feelings", 3)
                  .engagement(PartnerEngagement.UNSURE));

      assertEquals(
          LetterComposer.CAUSE_AT_LEAST,
          report.causes().stream()
              .filter(c -> c.id().slug().equals("difficulty-expressing-emotions"))
              .findFirst()
              .orElseThrow()
              .likelihood());
      assertEquals(
          "I've wondered what these months have been like for you. I think we've both lost the"
              + " habit of talking openly, and maybe it feels as hard for you to start as it does"
              + " for me. Maybe feelings aren't always easy to put into words, and my wanting to"
              + " talk has felt like a lot. If any of that is true, I'd really like to understand"
              + " it. I know I may have missed things too.",
          reconnect(report, "what-might-be-going-on-for-you"));
    }

    @Test
    void compose_likelyCausesTooPersonalToGuessAt_areLeftOut() {
      Report report =
          WritingFixtures.assess(
              AssessmentInput.builder()
                  .sign("conflict-avoidance", 3)
                  .sign("emotional-unavailability", 4)
                  .sign("low-mood", 4)
                  .sign("surface-level-conversations", 2)
                  .engagement(PartnerEngagement.UNSURE));

      assertEquals(
          List.of("health-issues", "personal-struggles"),
          report.causes().stream()
              .filter(c -> c.likelihood() >= LetterComposer.CAUSE_AT_LEAST)
              .map(c -> c.id().slug())
              .toList());
      assertEquals(
          "I've wondered what these months have been like for you. I know I may not see"
              + " everything you're carrying. If any of that is true, I'd really like to"
              + " understand it. I know I may have missed things too.",
          reconnect(report, "what-might-be-going-on-for-you"));
    }
  }

  @Nested
  class Requests {
    private final String neglectAsks = reconnect(WritingFixtures.neglect(), "what-i-ask-for");

    @Test
    void compose_neglect_asksForTheTwoBestFittingCoupleExercises() {
      assertEquals(
          "There are a couple of things I'd love to try, if you're open to them. Could we set"
              + " aside some time to talk about what's really on our hearts, the hopes and the"
              + " worries? Could we try a phone-free dinner together a few times a week? I'd also"
              + " really like to know what would help you feel closer to me.",
          neglectAsks);
    }

    @Test
    void compose_renewedCommitmentRecommended_isNeverAskedFor() {
      Report report =
          WritingFixtures.recommendingFirst(
              WritingFixtures.neglect(), "renewed-commitment", Who.COUPLE);

      assertEquals(neglectAsks, reconnect(report, "what-i-ask-for"));
    }

    @Test
    void compose_recommendationDoneAlone_isNotAskedOfThePartner() {
      Report report =
          WritingFixtures.recommendingFirst(WritingFixtures.neglect(), "weekly-check-in", Who.SELF);

      assertEquals(neglectAsks, reconnect(report, "what-i-ask-for"));
    }

    @Test
    void compose_coupleRecommendationWithNoWording_isLeftOut() {
      Report report =
          WritingFixtures.recommendingFirst(WritingFixtures.neglect(), "gentle-touch", Who.COUPLE);

      assertEquals(neglectAsks, reconnect(report, "what-i-ask-for"));
    }
  }

  @Nested
  class DifficultTimes {
    @Test
    void compose_stress_isThisLetterWordForWord() {
      assertEquals(
          """
          Dear [name],

          These last months have been hard on both of us, with the pressure at work and the money \
          worries. I know it has taken a lot out of you, and it has taken a lot out of me too.

          I've seen how much you're carrying, and I don't think I've told you enough how much I \
          notice it. I wonder whether work has been asking more of you than you've let on, and \
          whether you've been carrying that pressure on your own. I wonder whether money worries \
          have been weighing on you more than you've said.

          I'm finding it hard too. I'd love to feel noticed and valued for what I bring to our \
          life, and I want you to feel that from me too. I feel lonely when I can't tell whether \
          what I say has landed, and I miss feeling heard by you. What would help me most is a few \
          minutes each day when we check in with each other, even briefly.

          I don't want this to come between us. I'd like us to face it as a team, and I'm in this \
          with you.

          I'd like to help in ways that really help you. I could take on more at home, give you an \
          evening to yourself, or just listen when you want to talk, without trying to fix \
          anything. Tell me what would make a difference. There are also a couple of small things \
          I think could help us both. When one of us has a hard day, could we let the other know, \
          and take a few minutes to be there for each other?

          I'd really like to know how all this has been for you, whenever you feel like talking. \
          There's no right way to say it, and I'll listen.

          I love you. This is a hard stretch, not the whole story of us, and I believe we can come \
          through it closer. I'm here.

          With love,
          """,
          compose(WritingFixtures.stress(), LetterVariant.DIFFICULT_TIMES).text());
    }

    @Test
    void compose_partnerWantsToLeave_offersCareAndAsksNothing() {
      LetterDraft draft = compose(WritingFixtures.partnerLeaving(), LetterVariant.DIFFICULT_TIMES);

      assertEquals(
          "I'm finding it hard too. I'd love to feel noticed and valued for what I bring to our"
              + " life, and I want you to feel that from me too. I'd love for us to be able to"
              + " share what's hard without either of us feeling judged.",
          draft.section("my-feelings-and-needs").orElseThrow().text());
      assertEquals(
          "Whatever you decide about us, I want to get through this time with care for both of"
              + " us.",
          draft.section("facing-it-together").orElseThrow().text());
      assertEquals(
          "If it would help, I could take on more at home, give you an evening to yourself, or"
              + " just listen, without trying to fix anything. Only if you'd like that.",
          draft.section("how-i-can-support-you").orElseThrow().text());
      assertEquals(
          "If you ever want to tell me how all this has been for you, I'll listen.",
          draft.section("an-invitation-to-share").orElseThrow().text());
      assertEquals(
          "Whatever happens, I care about you, and I hope we can both come through this time"
              + " gently.",
          draft.section("love-and-hope").orElseThrow().text());
    }

    @Test
    void compose_partnerUnwilling_isHereWithoutPressure() {
      LetterDraft draft = compose(WritingFixtures.unwilling(), LetterVariant.DIFFICULT_TIMES);

      assertEquals(
          "I don't want this hard time to come between us. For my part, I'm going to take care of"
              + " myself and be here for you in the ways you'd welcome.",
          draft.section("facing-it-together").orElseThrow().text());
      assertEquals(
          "I'd really like to know how all this has been for you, whenever you feel like talking."
              + " There's no right way to say it, and I'll listen.",
          draft.section("an-invitation-to-share").orElseThrow().text());
      assertEquals(
          "I love you, and I'm here.",
          draft.section("love-and-hope").orElseThrow().text());
    }

    @Test
    void compose_professionalHelpOnly_offersCounsellingAndNoSharedExercise() {
      Report report = professionalHelpOnly();

      assertEquals(
          "I don't want this to come between us. I'd like us to face it as a team, and I'm in"
              + " this with you. If it would help, I'd be glad to find a counsellor we could see"
              + " together. I've also decided to find someone to talk to myself, so that I can be"
              + " steadier for both of us.",
          difficultTimes(report, "facing-it-together"));
      assertEquals(
          "I'd like to help in ways that really help you. I could take on more at home, give you"
              + " an evening to yourself, or just listen when you want to talk, without trying to"
              + " fix anything. Tell me what would make a difference.",
          difficultTimes(report, "how-i-can-support-you"));
    }
  }

  @Nested
  class Leaving {
    @Test
    void compose_neglect_isThisLetterWordForWordWithLegalNotesFirst() {
      LetterDraft draft = compose(WritingFixtures.neglect(), LetterVariant.LEAVING);

      assertEquals(
          """
          Dear [name],

          I'm writing to tell you that I have decided to end our relationship. I've thought about \
          this for a long time, and it is a decision I have made, not a question I'm asking you.

          For a long time I have missed emotional closeness and comfort in hard times in our \
          relationship, and I've come to see that I need a different life to feel well. I'm not \
          writing to blame you; this is about what I need and what I can no longer carry.

          From [date] I'll be staying at [place]. Until we agree how to divide things, I suggest \
          we keep paying the shared bills as we do now. [If you have children: I want us to put \
          the children first, keep their routines steady, and agree a plan for them together, with \
          a mediator's help if we need it.] I'm happy to sort out the details in writing, and I'd \
          like us both to take advice before we agree anything final.

          We've shared a great deal, and there is much I'm grateful for. That doesn't disappear \
          because we're going separate ways.

          I wish you well, and I hope we can handle what comes next with as much respect and care \
          as we can manage.

          With care,
          """,
          draft.text());
      assertEquals(
          List.of(
              "Before you send this, talk to a family lawyer or a legal advice service, so that"
                  + " you understand your rights and responsibilities: your home, money and any"
                  + " children.",
              "Send it only if you have decided: a letter like this is not a way to bargain or to"
                  + " provoke a reaction.",
              "If you are afraid of how your partner may react, talk to a domestic-abuse service"
                  + " about a safe way and time to leave before you send anything.",
              "Fill in the parts in square brackets, and take out any that don't apply.",
              "This draft is a starting point: change anything that doesn't sound like you, and"
                  + " leave out anything you're not ready to say.",
              "Nothing from your private answers about safety is in this letter.",
              Report.DISCLAIMER),
          draft.notes());
    }

    @Test
    void compose_nothingMissed_speaksOfLoneliness() {
      Report report = WritingFixtures.nothingPresent();

      assertEquals(
          "For a long time I have felt lonely in our relationship, and I've come to see that I"
              + " need a different life to feel well. I'm not writing to blame you; this is about"
              + " what I need and what I can no longer carry.",
          section(report, LetterVariant.LEAVING, "my-reasons"));
    }
  }

  @Nested
  class Withheld {
    private final Report raised =
        WritingFixtures.assess(
            AssessmentInput.builder().sign("lonely-together", 3).sign("fear-of-partner", 2));

    private SafetyHold hold(LetterVariant variant) {
      return assertInstanceOf(
          SafetyHold.class,
          COMPOSER.compose(raised, LetterRequest.builder().variant(variant).build()));
    }

    @Test
    void compose_raisedSafety_explainsWhyInTheseWords() {
      assertEquals(
          List.of(
              "Rapport has not drafted a letter to your partner, because your answers put your"
                  + " safety first.",
              "Where there is fear, threats, harm or control in a relationship, a letter can raise"
                  + " the risk: it may be read as a challenge, or give away plans that are safer"
                  + " kept private until you have support. Letters and exercises for the two of"
                  + " you can wait; your safety comes first.",
              "Please talk first to someone trained to help. A domestic-abuse service can help you"
                  + " think through what is safe, including whether, when and how to say anything"
                  + " to your partner.",
              SafetyFirst.EMERGENCY),
          hold(LetterVariant.RECONNECT).explanation());
      assertEquals(
          hold(LetterVariant.RECONNECT).explanation(),
          hold(LetterVariant.DIFFICULT_TIMES).explanation());
    }

    @Test
    void compose_raisedSafetyLeaving_alsoOffersHelpToPlanASafeWayToLeave() {
      List<String> expected = new ArrayList<>(hold(LetterVariant.RECONNECT).explanation());
      expected.add(
          3,
          "If you are planning to leave, they can also help you plan a safe way and time to do it,"
              + " and legal advice can follow.");

      assertEquals(expected, hold(LetterVariant.LEAVING).explanation());
    }
  }

  @Test
  void compose_contentWithoutLetterTemplates_usesTheComposersOwnTitlesAndGuidance() {
    LetterComposer composer = LetterComposer.of(WritingFixtures.withoutLetterTemplates());
    LetterDraft bundled = compose(WritingFixtures.neglect(), LetterVariant.RECONNECT);

    LetterDraft draft = draft(composer.compose(WritingFixtures.neglect()));

    assertEquals(
        List.of(
            "Why I am writing",
            "What I have been living with",
            "How it affects me",
            "What might be going on for you",
            "What I am asking for",
            "A way forward",
            "A hopeful close"),
        draft.sections().stream().map(DraftSection::title).toList());
    assertEquals(
        "Say why you are writing and that you are not writing to blame anyone.",
        draft.sections().get(0).guidance());
    assertEquals(bundled.text(), draft.text());
  }
}
