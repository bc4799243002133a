package dev.rapport.examples.web;

import gg.jte.ContentType;
import gg.jte.TemplateEngine;
import gg.jte.output.StringOutput;
import java.util.Map;

/**
 * Renders the precompiled JTE templates of {@code src/main/jte/web}, which escape everything they
 * print as HTML. Thread-safe.
 */
final class Templates {
  private final TemplateEngine engine =
      TemplateEngine.createPrecompiled(
          null,
          ContentType.Html,
          Templates.class.getClassLoader(),
          Templates.class.getPackageName());

  /**
   * Renders one template.
   *
   * @param name the template's file name, such as {@code report.jte}
   * @param params its parameters by name
   * @return the HTML
   */
  String render(String name, Map<String, Object> params) {
    StringOutput out = new StringOutput();
    engine.render(name, params, out);
    return out.toString();
  }
}
