package dev.rapport.examples.web;

/** The main navigation entry a page belongs to, marked as current in the header. */
enum Nav {
  HOME,
  CHECK_UP,
  WRITE,
  HISTORY,
  NONE
}
