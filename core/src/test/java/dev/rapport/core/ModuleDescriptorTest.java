package dev.rapport.core;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.InputStream;
import java.lang.module.ModuleDescriptor;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class ModuleDescriptorTest {

  @Test
  void descriptor_exportsOnlyTheApiPackages() throws IOException, URISyntaxException {
    // The compiled classes of this module, not whichever module-info.class the class path finds.
    Path classes = Path.of(KnowledgeBase.class.getProtectionDomain().getCodeSource().getLocation().toURI());
    ModuleDescriptor descriptor;
    try (InputStream in = Files.newInputStream(classes.resolve("module-info.class"))) {
      descriptor = ModuleDescriptor.read(in);
    }

    assertEquals("dev.rapport.core", descriptor.name());
    assertEquals(
        Set.of("dev.rapport.core", "dev.rapport.core.material"),
        descriptor.exports().stream().map(ModuleDescriptor.Exports::source).collect(Collectors.toSet()));
    assertEquals(
        Set.of("com.google.common", "java.base"),
        descriptor.requires().stream().map(ModuleDescriptor.Requires::name).collect(Collectors.toSet()));
  }
}
