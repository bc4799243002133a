package dev.rapport.assessment;

import java.util.List;

/**
 * Why a recommendation was made: a readable sentence and the evidence chains behind it.
 *
 * <p>The chains run answer, sign, cause or need, intervention; {@link #links()} holds their steps
 * in that order, the strongest chain first, each step once. Explanations never mention safety
 * answers.
 *
 * @param text one or two plain sentences naming the chain with its weights and whether each link
 *     is stated by a source or our inference
 * @param links the steps of the chains, strongest chain first
 */
public record Explanation(String text, List<Link> links) {

  /**
   * Checks and copies the parts.
   *
   * @param text see the record description
   * @param links see the record description
   * @throws IllegalArgumentException when the text is blank
   */
  public Explanation {
    Values.nonBlank(text, "explanation text");
    links = Values.copy(links, "explanation links");
  }
}
