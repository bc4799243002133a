package dev.rapport.content;

/**
 * A place in a file of a pack: the file as problems name it, and a JSON pointer into it.
 *
 * @param file the file, as {@link ContentProblem#file()} names it
 * @param pointer a JSON pointer; empty for the whole file
 */
record Origin(String file, String pointer) {

  /** The place {@code relative} below this one, such as {@code /needs/0} below {@code /3}. */
  Origin at(String relative) {
    return new Origin(file, pointer + relative);
  }

  /** The place of field {@code name} of the object here. */
  Origin field(String name) {
    return at("/" + Json.escape(name));
  }

  /** The place of element {@code index} of the array here. */
  Origin index(int index) {
    return at("/" + index);
  }
}
