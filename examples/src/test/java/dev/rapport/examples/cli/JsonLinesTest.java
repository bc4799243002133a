package dev.rapport.examples.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.rapport.assessment.AssessmentInput;
import dev.rapport.assessment.ReportJson;
import org.junit.jupiter.api.Test;

class JsonLinesTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  @Test
  void oneLine_prettyReport_isTheSameJsonOnOneLine() throws Exception {
    String pretty =
        ReportJson.toJson(
            Knowledge.assessment()
                .assess(AssessmentInput.builder().sign("lonely-together", 3).build()));

    String line = JsonLines.oneLine(pretty);

    assertFalse(line.contains("\n"));
    assertEquals(JSON.readTree(pretty), JSON.readTree(line));
  }

  @Test
  void oneLine_keepsSpacesAndEscapedLineEndsInsideStrings() {
    assertEquals("{\"a\": \"x  y\\n  z\"}", JsonLines.oneLine("{\n  \"a\": \"x  y\\n  z\"\n}"));
  }
}
