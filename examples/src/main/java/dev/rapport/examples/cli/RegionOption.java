package dev.rapport.examples.cli;

import dev.rapport.assessment.Assessment;
import java.util.Optional;
import picocli.CommandLine.Option;

/** The {@code --region} option, the same for every command that assesses input. */
final class RegionOption {
  @Option(
      names = {"-r", "--region"},
      paramLabel = "CODE",
      converter = RegionConverter.class,
      description =
          "Where to list help resources from when the input names no region: US, UK, CA, AU"
              + " or INTL (the default).")
  Optional<String> region = Optional.empty();

  /** The shared assessment, or one for the region given. */
  Assessment assessment() {
    return Assessments.forRegion(region);
  }
}
