package dev.rapport.assessment;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;

/**
 * Writes the summary form of a report, {@link ReportJson#toSummaryLine(Report)}: what a job over
 * many check-ins files or counts, without the explanations, citations, help resources and plan
 * that make a full report some tens of kilobytes.
 *
 * <p>Streams through Jackson's generator, so the text is escaped as the full form's is and numbers
 * are written as {@link Double#toString(double)} writes them. Thread-safe: it holds no state.
 */
final class ReportSummary {
  private ReportSummary() {}

  static String write(Report report) {
    StringWriter text = new StringWriter(1 << 10);
    try (JsonGenerator json = Json.FACTORY.createGenerator(text)) {
      json.writeStartObject();
      json.writeObjectFieldStart("safety");
      json.writeStringField("level", report.safety().level().name());
      json.writeArrayFieldStart("reasons");
      for (String reason : report.safety().reasons()) {
        json.writeString(reason);
      }
      json.writeEndArray();
      json.writeEndObject();
      json.writeStringField("scenario", report.scenario().slug());
      json.writeNumberField("connectionIndex", report.connectionIndex());
      json.writeStringField("band", report.band().name());
      json.writeObjectFieldStart("signs");
      for (SignScore sign : report.signs()) {
        json.writeNumberField(sign.id().slug(), sign.score());
      }
      json.writeEndObject();
      json.writeObjectFieldStart("needs");
      for (NeedScore need : report.needs()) {
        json.writeNumberField(need.id().slug(), need.score());
      }
      json.writeEndObject();
      json.writeObjectFieldStart("causes");
      for (LikelyCause cause : report.causes()) {
        json.writeNumberField(cause.id().slug(), cause.likelihood());
      }
      json.writeEndObject();
      json.writeArrayFieldStart("recommendations");
      for (Recommendation recommendation : report.recommendations()) {
        json.writeStartObject();
        json.writeStringField("id", recommendation.id().slug());
        json.writeStringField("who", recommendation.who().name());
        json.writeStringField("stage", recommendation.stage().name());
        json.writeNumberField("week", recommendation.week());
        json.writeNumberField("score", recommendation.score());
        json.writeEndObject();
      }
      json.writeEndArray();
      json.writeStringField("contentVersion", report.contentVersion());
      json.writeStringField("disclaimer", report.disclaimer());
      json.writeEndObject();
    } catch (IOException e) {
      throw new UncheckedIOException("a StringWriter does not fail", e);
    }
    return text.toString();
  }
}
