package dev.rapport.examples.cli;

import dev.rapport.examples.RapportRun;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** Assessment inputs for the command tests, written to files in a test's folder. */
final class WritingInputs {
  static final String NEGLECT =
      "{\"signs\": {\"lonely-together\": 4, \"surface-level-conversations\": 3,"
          + " \"dismissed-bids\": 3}, \"partnerEngagement\": \"WILLING\"}";
  static final String FEAR =
      "{\"signs\": {\"lonely-together\": 3}, \"answers\": {\"safety-fear\": 2}}";
  static final String LEAVING =
      "{\"signs\": {\"partner-wants-to-leave\": 4, \"lonely-together\": 4}}";

  private WritingInputs() {}

  static String write(Path folder, String name, String json) {
    try {
      Path file = folder.resolve(name);
      Files.writeString(file, json, StandardCharsets.UTF_8);
      return file.toString();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
