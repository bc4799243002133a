package dev.rapport.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The README's Java snippet is the body of {@link EmbeddingSample#main}, line for line, so the
 * code a newcomer copies is the code that compiles and that {@code EmbeddingSampleTest} runs.
 */
class ReadmeSnippetTest {
  private static final Path README = Path.of("..", "README.md");
  private static final Path SAMPLE =
      Path.of("src", "main", "java", "dev", "rapport", "examples", "EmbeddingSample.java");

  @Test
  void readme_javaSnippet_isTheEmbeddingSampleBody() throws IOException {
    List<String> readme = Files.readAllLines(README);
    int start = readme.indexOf("```java");
    assertTrue(start >= 0, "README.md has no ```java block");
    List<String> snippet = readme.subList(start + 1, readme.subList(start, readme.size()).indexOf("```") + start);

    List<String> source = Files.readAllLines(SAMPLE);
    int open = source.indexOf("  public static void main(String[] args) {");
    int close = source.subList(open, source.size()).indexOf("  }") + open;
    List<String> body = source.subList(open + 1, close).stream().map(l -> l.substring(4)).toList();

    assertEquals(body, snippet);
  }
}
