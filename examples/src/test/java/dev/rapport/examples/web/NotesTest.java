package dev.rapport.examples.web;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class NotesTest {
  @Test
  void clean_normalisesLineEnds_dropsControlCharacters_andKeepsMarkupAsText() {
    assertEquals("a\nb\n<b>c</b>\td", Notes.clean("  a\r\nb\r<b>c</b>\t\u0000d\u0007 \n"));
  }

  @Test
  void clean_missingField_isEmpty() {
    assertEquals("", Notes.clean(null));
  }
}
