package dev.rapport.examples.cli;

import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Path;

/** The named input files under {@code src/test/resources/dev/rapport/examples/cli}. */
final class Fixtures {
  private Fixtures() {}

  /** The path of a named input, such as {@code neglect.json} or {@code broken/empty.json}. */
  static String path(String name) {
    URL url = Fixtures.class.getResource(name);
    if (url == null) {
      throw new IllegalArgumentException("no test input named " + name);
    }
    try {
      return Path.of(url.toURI()).toString();
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }
}
