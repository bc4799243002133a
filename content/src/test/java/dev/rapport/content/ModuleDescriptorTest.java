package dev.rapport.content;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.InputStream;
import java.lang.module.ModuleDescriptor;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class ModuleDescriptorTest {

  private static ModuleDescriptor descriptor() throws IOException, URISyntaxException {
    // The compiled classes of this module, not whichever module-info.class the class path finds.
    Path classes =
        Path.of(DefaultContent.class.getProtectionDomain().getCodeSource().getLocation().toURI());
    try (InputStream in = Files.newInputStream(classes.resolve("module-info.class"))) {
      return ModuleDescriptor.read(in);
    }
  }

  @Test
  void descriptor_exportsOnlyTheApiPackage() throws IOException, URISyntaxException {
    ModuleDescriptor descriptor = descriptor();

    assertEquals("dev.rapport.content", descriptor.name());
    assertEquals(
        Map.of("dev.rapport.content", Set.of()),
        descriptor.exports().stream()
            .collect(
                Collectors.toMap(
                    ModuleDescriptor.Exports::source, ModuleDescriptor.Exports::targets)));
  }

  @Test
  void descriptor_opensTheWireRecordsToJacksonOnly() throws IOException, URISyntaxException {
    ModuleDescriptor descriptor = descriptor();

    assertEquals(
        Map.of("dev.rapport.content", Set.of("com.fasterxml.jackson.databind")),
        descriptor.opens().stream()
            .collect(
                Collectors.toMap(ModuleDescriptor.Opens::source, ModuleDescriptor.Opens::targets)));
  }

  @Test
  void descriptor_requiresCoreTransitivelyAndJacksonAndGuavaPrivately()
      throws IOException, URISyntaxException {
    ModuleDescriptor descriptor = descriptor();

    Map<String, Set<ModuleDescriptor.Requires.Modifier>> requires =
        descriptor.requires().stream()
            .collect(
                Collectors.toMap(
                    ModuleDescriptor.Requires::name, ModuleDescriptor.Requires::modifiers));
    assertEquals(
        Set.of(
            "java.base",
            "dev.rapport.core",
            "com.fasterxml.jackson.annotation",
            "com.fasterxml.jackson.core",
            "com.fasterxml.jackson.databind",
            "com.google.common"),
        requires.keySet());
    assertEquals(
        Set.of(ModuleDescriptor.Requires.Modifier.TRANSITIVE), requires.get("dev.rapport.core"));
    assertEquals(Set.of(), requires.get("com.fasterxml.jackson.databind"));
  }
}
