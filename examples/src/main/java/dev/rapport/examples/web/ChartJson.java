package dev.rapport.examples.web;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Chart.js configurations as JSON, put in a {@code data-chart} attribute (which the templates
 * escape) and drawn by {@code rapport.js}. No inline script is needed, so the content security
 * policy can forbid them.
 */
final class ChartJson {
  static final String TEAL = "#2f6b66";
  static final String SAND = "#c9a15a";
  static final String CLAY = "#a8643f";
  static final List<String> LINE_COLOURS =
      List.of("#5b4a7a", "#a8643f", "#3d7ea6", "#7a8f3a", "#9a4f73", "#6b6b6b");

  private static final ObjectMapper JSON = new ObjectMapper();

  private ChartJson() {}

  /**
   * A horizontal bar chart of how well met each need looks.
   *
   * @param labels the needs' names
   * @param met how well met each looks, 0..100
   * @return the configuration
   */
  static String needsBar(List<String> labels, List<Integer> met) {
    List<String> colours = met.stream().map(ChartJson::colourFor).toList();
    Map<String, Object> dataset = new LinkedHashMap<>();
    dataset.put("label", "How well met (0 to 100)");
    dataset.put("data", met);
    dataset.put("backgroundColor", colours);
    dataset.put("borderRadius", 6);
    dataset.put("maxBarThickness", 26);
    Map<String, Object> options = new LinkedHashMap<>();
    options.put("indexAxis", "y");
    options.put("plugins", Map.of("legend", Map.of("display", false)));
    options.put(
        "scales",
        Map.of(
            "x", Map.of("min", 0, "max", 100, "grid", Map.of("color", "#ece8e1")),
            "y", Map.of("grid", Map.of("display", false))));
    return write(chart("bar", labels, List.of(dataset), options));
  }

  /**
   * A line chart of values over time.
   *
   * @param labels the dates
   * @param series each line's label and its values, 0..100, in date order
   * @return the configuration
   */
  static String lines(List<String> labels, Map<String, List<Integer>> series) {
    List<Map<String, Object>> datasets = new ArrayList<>();
    int i = 0;
    for (Map.Entry<String, List<Integer>> line : series.entrySet()) {
      String colour = i == 0 ? TEAL : LINE_COLOURS.get((i - 1) % LINE_COLOURS.size());
      Map<String, Object> dataset = new LinkedHashMap<>();
      dataset.put("label", line.getKey());
      dataset.put("data", line.getValue());
      dataset.put("borderColor", colour);
      dataset.put("backgroundColor", colour);
      dataset.put("borderWidth", i == 0 ? 3 : 2);
      dataset.put("tension", 0.25);
      dataset.put("pointRadius", 4);
      datasets.add(dataset);
      i++;
    }
    Map<String, Object> options = new LinkedHashMap<>();
    options.put("plugins", Map.of("legend", Map.of("position", "bottom")));
    options.put("scales", Map.of("y", Map.of("min", 0, "max", 100)));
    return write(chart("line", labels, datasets, options));
  }

  private static Map<String, Object> chart(
      String type, List<String> labels, List<Map<String, Object>> datasets, Object options) {
    Map<String, Object> chart = new LinkedHashMap<>();
    chart.put("type", type);
    chart.put("data", Map.of("labels", labels, "datasets", datasets));
    chart.put("options", options);
    return chart;
  }

  private static String colourFor(int met) {
    return met >= 75 ? TEAL : met > 50 ? SAND : CLAY;
  }

  private static String write(Object value) {
    try {
      return JSON.writeValueAsString(value);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("chart configuration is not JSON", e);
    }
  }
}
