package dev.rapport.assessment;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.InputStream;
import java.lang.module.ModuleDescriptor;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class ModuleDescriptorTest {

  private static ModuleDescriptor descriptor() throws Exception {
    Path classes = Path.of(Assessment.class.getProtectionDomain().getCodeSource().getLocation().toURI());
    try (InputStream in = Files.newInputStream(classes.resolve("module-info.class"))) {
      return ModuleDescriptor.read(in);
    }
  }

  @Test
  void descriptor_exportsOnlyTheApiPackages() throws Exception {
    ModuleDescriptor module = descriptor();

    assertEquals("dev.rapport.assessment", module.name());
    assertEquals(
        Set.of("dev.rapport.assessment", "dev.rapport.assessment.writing"),
        module.exports().stream()
            .filter(e -> !e.isQualified())
            .map(ModuleDescriptor.Exports::source)
            .collect(Collectors.toSet()));
    assertEquals(2, module.exports().size());
  }

  @Test
  void descriptor_opensTheWireRecordsToJacksonAlone() throws Exception {
    ModuleDescriptor module = descriptor();

    assertEquals(1, module.opens().size());
    ModuleDescriptor.Opens opens = module.opens().iterator().next();
    assertEquals("dev.rapport.assessment", opens.source());
    assertEquals(Set.of("com.fasterxml.jackson.databind"), opens.targets());
  }

  @Test
  void descriptor_passesTheCoreModuleOnToCallers() throws Exception {
    ModuleDescriptor module = descriptor();

    ModuleDescriptor.Requires core =
        module.requires().stream().filter(r -> r.name().equals("dev.rapport.core")).findFirst().orElseThrow();
    assertEquals(Set.of(ModuleDescriptor.Requires.Modifier.TRANSITIVE), core.modifiers());
  }
}
