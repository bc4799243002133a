package dev.rapport.assessment.writing;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class MarkdownTest {

  @ParameterizedTest
  @CsvSource(
      delimiterString = " => ",
      quoteCharacter = '"',
      value = {
        "plain words, kept. => plain words, kept.",
        "*bold* _it_ => \\*bold\\* \\_it\\_",
        "[link](http://x) => \\[link\\](http://x)",
        "<script> => \\<script\\>",
        "`code` => \\`code\\`",
        "# heading => \\# heading",
        "1. item => 1\\. item",
        "2) item => 2\\) item",
        "- item => \\- item",
        "+ item => \\+ item",
        "===== => \\=====",
        "> quote => \\> quote",
        "a | b => a \\| b",
        "~~gone~~ => \\~\\~gone\\~\\~",
        "&copy; => \\&copy;",
        "back\\slash => back\\\\slash",
        "\"two\nlines\" => two lines"
      })
  void escape_markup_isBackslashEscaped(String text, String expected) {
    assertEquals(expected, Markdown.escape(text));
  }
}
