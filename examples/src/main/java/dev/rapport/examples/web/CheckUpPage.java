package dev.rapport.examples.web;

import dev.rapport.assessment.Form;
import dev.rapport.assessment.Item;
import dev.rapport.assessment.Questionnaire;
import dev.rapport.assessment.Scale;
import dev.rapport.assessment.Section;
import dev.rapport.core.material.SafetyTopic;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * What the check-up form shows: its sections, safety first, each question with its choices, the
 * person's answers so far, and the problems to fix, each tied to its question.
 *
 * @param form the form shown
 * @param sections the sections, in the order to show them
 * @param errors the problems, for the summary at the top: each links to its question
 */
record CheckUpPage(Form form, List<SectionView> sections, List<ErrorLink> errors) {
  /** Keeps the questionnaire's order (a stable sort). */
  private static final Comparator<Item> AS_GIVEN = (a, b) -> 0;

  /**
   * The safety questions in a gentle order, by topic (fear first, then harm, threats, control,
   * silence used to punish, thoughts of self-harm), then the statements and questions of other
   * sections that are safety answers too.
   */
  private static final Comparator<Item> SAFETY_ORDER =
      Comparator.comparingInt(CheckUpPage::topicRank);

  private static int topicRank(Item item) {
    if (item.section() != Section.SAFETY) {
      return SafetyTopic.values().length;
    }
    for (SafetyTopic topic : SafetyTopic.values()) {
      if (topic.name().replace('_', '-').toLowerCase(Locale.ROOT).equals(item.subject())) {
        return topic.ordinal();
      }
    }
    return SafetyTopic.values().length;
  }

  /**
   * Builds the page.
   *
   * @param questionnaire the questionnaire to show
   * @param answers the answers to show as chosen
   * @param errors the problems to show
   * @return the page
   */
  static CheckUpPage of(Questionnaire questionnaire, Answers answers, FormErrors errors) {
    List<SectionView> sections = new ArrayList<>();
    add(
        sections,
        "safety",
        "First, your safety",
        List.of(
            "A few questions about whether you feel safe. They help make sure that anything"
                + " suggested to you is safe for you to try.",
            "These answers are private. They are never stored, and never shown on a page meant"
                + " to be kept or shared. You can skip any of them."),
        true,
        questionnaire,
        i -> i.section() == Section.SAFETY || i.sensitive(),
        SAFETY_ORDER,
        answers,
        errors);
    add(
        sections,
        "signs",
        "How things have been lately",
        List.of("Over the past few weeks, how often has each of these been true for you?"),
        false,
        questionnaire,
        i -> i.section() == Section.SIGNS && !i.sensitive(),
        AS_GIVEN,
        answers,
        errors);
    add(
        sections,
        "context",
        "What else is going on",
        List.of("Tick anything that is part of your life at the moment. Leave the rest."),
        false,
        questionnaire,
        i -> i.section() == Section.CONTEXT && !i.sensitive(),
        AS_GIVEN,
        answers,
        errors);
    add(
        sections,
        "partner",
        "Your partner",
        List.of("As far as you can tell, how does your partner feel about working on this?"),
        false,
        questionnaire,
        i -> i.section() == Section.ENGAGEMENT,
        AS_GIVEN,
        answers,
        errors);
    List<ErrorLink> summary = new ArrayList<>();
    errors.general().forEach(m -> summary.add(new ErrorLink("#questions", m)));
    for (SectionView section : sections) {
      for (QuestionView q : section.questions()) {
        q.error().ifPresent(m -> summary.add(new ErrorLink("#" + q.anchor(), m)));
      }
    }
    return new CheckUpPage(questionnaire.form(), List.copyOf(sections), List.copyOf(summary));
  }

  private static void add(
      List<SectionView> sections,
      String id,
      String title,
      List<String> intro,
      boolean isPrivate,
      Questionnaire questionnaire,
      Predicate<Item> belongs,
      Comparator<Item> order,
      Answers answers,
      FormErrors errors) {
    List<QuestionView> questions =
        questionnaire.items().stream()
            .filter(belongs)
            .sorted(order)
            .map(i -> QuestionView.of(i, answers, errors))
            .toList();
    if (!questions.isEmpty()) {
      sections.add(new SectionView(id, title, intro, isPrivate, questions));
    }
  }

  /** The request value of this page's form. */
  String formName() {
    return AnswerForm.nameOf(form);
  }

  boolean isFull() {
    return form == Form.FULL;
  }

  /**
   * One section of the form.
   *
   * @param id its anchor
   * @param title its heading
   * @param intro its introduction, a paragraph each
   * @param isPrivate true for the safety section, which looks different and says it is private
   * @param questions its questions, in order
   */
  record SectionView(
      String id,
      String title,
      List<String> intro,
      boolean isPrivate,
      List<QuestionView> questions) {

    /** True when every question is ticked rather than rated, shown as one group of boxes. */
    boolean isTickList() {
      return questions.stream().allMatch(QuestionView::isTick);
    }
  }

  /**
   * One question.
   *
   * @param itemId its questionnaire item id
   * @param text the words shown
   * @param scale how it is answered
   * @param choices the choices, lowest first
   * @param error the problem to fix here, if any
   */
  record QuestionView(
      String itemId, String text, Scale scale, List<Choice> choices, Optional<String> error) {

    static QuestionView of(Item item, Answers answers, FormErrors errors) {
      String field = Answers.field(item.id());
      Optional<String> chosen = answers.value(item.id());
      List<Choice> choices = new ArrayList<>();
      for (int v = item.scale().min(); v <= item.scale().max(); v++) {
        String label = item.scale().label(v);
        String value =
            item.scale() == Scale.ENGAGEMENT ? label.toUpperCase(Locale.ROOT) : String.valueOf(v);
        choices.add(
            new Choice(
                "q-" + item.id() + "-" + v,
                value,
                capitalised(label),
                chosen.map(value::equals).orElse(false)));
      }
      if (item.scale() == Scale.YES_NO) {
        choices = List.of(choices.get(1)); // a tick box: ticked is "yes"; unticked, unanswered
      }
      return new QuestionView(item.id(), item.text(), item.scale(), choices, errors.of(field));
    }

    /** The form field's name. */
    String field() {
      return Answers.field(itemId);
    }

    /** The anchor of the question, which the error summary links to. */
    String anchor() {
      return "item-" + itemId;
    }

    /** The id of the element holding the question's error message. */
    String errorId() {
      return "error-" + itemId;
    }

    /** True for a yes-or-no question, shown as one tick box. */
    boolean isTick() {
      return scale == Scale.YES_NO;
    }
  }

  /**
   * One choice of a question.
   *
   * @param inputId the id of its input element, which its label points to
   * @param value the value the form sends
   * @param label the words shown
   * @param checked true when it is the person's current answer
   */
  record Choice(String inputId, String value, String label, boolean checked) {}

  /**
   * One entry of the error summary.
   *
   * @param href the link to the question, such as {@code #item-lonely-together-1}
   * @param message what to fix
   */
  record ErrorLink(String href, String message) {}

  private static String capitalised(String label) {
    return label.substring(0, 1).toUpperCase(Locale.ROOT) + label.substring(1);
  }
}
