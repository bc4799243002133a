package dev.rapport.assessment;

import static com.google.common.base.Preconditions.checkArgument;

import java.util.List;

/**
 * How an item is answered: the whole numbers from {@link #min()} to {@link #max()}, each with a
 * label.
 */
public enum Scale {
  /** How often: 0 never, 1 rarely, 2 sometimes, 3 often, 4 almost always. */
  FREQUENCY(List.of("never", "rarely", "sometimes", "often", "almost always")),
  /** 0 no, 1 yes. */
  YES_NO(List.of("no", "yes")),
  /**
   * The partner's engagement, answered with a {@link PartnerEngagement} rather than a number; the
   * labels follow its order.
   */
  ENGAGEMENT(List.of("willing", "unsure", "unwilling"));

  private final List<String> labels;

  Scale(List<String> labels) {
    this.labels = labels;
  }

  /**
   * The lowest answer.
   *
   * @return always 0
   */
  public int min() {
    return 0;
  }

  /**
   * The highest answer.
   *
   * @return 4 for {@link #FREQUENCY}, 1 for {@link #YES_NO}, 2 for {@link #ENGAGEMENT}
   */
  public int max() {
    return labels.size() - 1;
  }

  /**
   * The labels of the answers, lowest first.
   *
   * @return the labels, such as {@code never} to {@code almost always}
   */
  public List<String> labels() {
    return labels;
  }

  /**
   * The label of one answer.
   *
   * @param value an answer in [{@link #min()}, {@link #max()}]
   * @return its label, such as {@code often} for 3 on the frequency scale
   * @throws IllegalArgumentException when the value is out of range
   */
  public String label(int value) {
    checkArgument(
        value >= min() && value <= max(),
        "answer on the %s scale must be in [%s, %s] but was %s",
        this,
        min(),
        max(),
        value);
    return labels.get(value);
  }
}
