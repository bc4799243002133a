package dev.rapport.examples.cli;

import picocli.CommandLine.Option;

/** The required {@code --input FILE|-} option of the commands that read an input. */
final class InputOption {
  @Option(
      names = {"-i", "--input"},
      required = true,
      paramLabel = "FILE|-",
      description = "The input file, or - for stdin.")
  String path;
}
