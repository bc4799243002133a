package dev.rapport.assessment;

/**
 * A neutral word for where the connection index stands; a way to follow change, not a grade.
 *
 * <p>The bands, by index: {@link #STRONG} 85 to 100, {@link #STEADY} 65 to 84, {@link #STRAINED}
 * 40 to 64, {@link #DISTANT} 0 to 39.
 */
public enum Band {
  /** Few signs of distance, and rarely. */
  STRONG(85),
  /** Some signs of distance. */
  STEADY(65),
  /** Several signs of distance, often. */
  STRAINED(40),
  /** Many signs of distance, much of the time. */
  DISTANT(0);

  private final int lowest;

  Band(int lowest) {
    this.lowest = lowest;
  }

  /**
   * The lowest connection index in this band.
   *
   * @return the lower bound, inclusive
   */
  public int lowest() {
    return lowest;
  }

  /**
   * The band of a connection index.
   *
   * @param connectionIndex an index in [0, 100]
   * @return its band
   * @throws IllegalArgumentException when the index is out of range
   */
  public static Band of(int connectionIndex) {
    if (connectionIndex < 0 || connectionIndex > 100) {
      throw new IllegalArgumentException(
          "connection index must be in [0, 100] but was " + connectionIndex);
    }
    for (Band band : values()) {
      if (connectionIndex >= band.lowest) {
        return band;
      }
    }
    throw new AssertionError("DISTANT starts at 0");
  }
}
