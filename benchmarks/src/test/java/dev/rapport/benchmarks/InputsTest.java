package dev.rapport.benchmarks;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.rapport.assessment.InputJson;
import org.junit.jupiter.api.Test;

class InputsTest {
  @Test
  void midSeverityLine_read_isTheMidSeverityInput() {
    assertEquals(Inputs.midSeverity(), InputJson.read(Inputs.midSeverityLine()));
  }
}
