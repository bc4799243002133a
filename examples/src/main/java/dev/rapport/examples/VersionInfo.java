package dev.rapport.examples;

import dev.rapport.content.DefaultContent;
import dev.rapport.core.KnowledgeBase;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;
import picocli.CommandLine.IVersionProvider;

/** The text of {@code rapport --version}: the library's version and the content's. */
final class VersionInfo implements IVersionProvider {
  private static final String RESOURCE = "version.properties";

  @Override
  public String[] getVersion() {
    KnowledgeBase kb = DefaultContent.load();
    return new String[] {
      "rapport " + libraryVersion(),
      "content " + kb.contentVersion() + " (" + kb.locale().toLanguageTag() + ")",
      "Java " + System.getProperty("java.version")
    };
  }

  static String libraryVersion() {
    Properties properties = new Properties();
    try (InputStream in = VersionInfo.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        return "unknown";
      }
      properties.load(in);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + RESOURCE, e);
    }
    return properties.getProperty("version", "unknown");
  }
}
