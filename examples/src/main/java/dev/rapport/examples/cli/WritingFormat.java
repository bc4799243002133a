package dev.rapport.examples.cli;

/** How the writing commands ({@code letter}, {@code checkin}) print their result. */
enum WritingFormat {
  TEXT,
  MARKDOWN;

  /** Reads {@code text} or {@code markdown}, in any case. */
  static final class Words extends EnumWords<WritingFormat> {
    Words() {
      super(WritingFormat.class);
    }
  }
}
