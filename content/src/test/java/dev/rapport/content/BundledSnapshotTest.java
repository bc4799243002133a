package dev.rapport.content;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.rapport.core.Entity;
import dev.rapport.core.EntityKind;
import dev.rapport.core.KnowledgeBase;
import dev.rapport.core.Need;
import dev.rapport.core.Relation;
import dev.rapport.core.material.HelpResource;
import java.io.IOException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The snapshot of the bundled English pack that the build makes: it is there, it is up to date
 * with the JSON, it gives the very knowledge base the JSON gives, and a snapshot that cannot be
 * used is never read as a wrong one.
 *
 * <p>These tests fail loudly where {@link DefaultContent} falls back quietly: a snapshot that the
 * build made but that cannot be read would otherwise only cost speed and a warning.
 */
class BundledSnapshotTest {
  private static final KnowledgeBase JSON = DefaultContent.loadFromJson();

  private static byte[] bundled() throws IOException {
    return BundledSnapshot.bundled()
        .orElseThrow(
            () ->
                new AssertionError(
                    BundledSnapshot.RESOURCE
                        + " is not on the class path; the build's process-classes phase makes it"));
  }

  @Test
  void bundled_isUpToDateWithTheJson() throws IOException {
    byte[] regenerated = BundledSnapshot.write(JSON);

    assertArrayEquals(
        regenerated,
        bundled(),
        "the bundled snapshot is stale: rebuild with ./mvnw -pl content process-classes");
  }

  @Test
  void read_bundled_givesTheKnowledgeBaseOfTheJsonInEverythingItExposes()
      throws IOException, SnapshotException {
    KnowledgeBase snapshot = BundledSnapshot.read(bundled());

    assertEquals(JSON.contentVersion(), snapshot.contentVersion());
    assertEquals(JSON.locale(), snapshot.locale());
    assertEquals(JSON.sources(), snapshot.sources());
    assertEquals(JSON.needs(), snapshot.needs());
    assertEquals(JSON.signs(), snapshot.signs());
    assertEquals(JSON.causes(), snapshot.causes());
    assertEquals(JSON.interventions(), snapshot.interventions());
    assertEquals(JSON.scenarios(), snapshot.scenarios());
    assertEquals(JSON.relations(), snapshot.relations());
    assertEquals(JSON.stories(), snapshot.stories());
    assertEquals(JSON.faqs(), snapshot.faqs());
    assertEquals(JSON.misconceptions(), snapshot.misconceptions());
    assertEquals(JSON.habits(), snapshot.habits());
    assertEquals(JSON.prompts(), snapshot.prompts());
    assertEquals(JSON.letters(), snapshot.letters());
    assertEquals(JSON.resources(), snapshot.resources());
    assertEquals(JSON.safetyQuestions(), snapshot.safetyQuestions());
    for (EntityKind kind : EntityKind.values()) {
      assertEquals(JSON.entities(kind), snapshot.entities(kind), kind.word());
      for (Entity entity : JSON.entities(kind)) {
        assertEquals(JSON.from(entity.id()), snapshot.from(entity.id()), entity.id().reference());
        assertEquals(JSON.to(entity.id()), snapshot.to(entity.id()), entity.id().reference());
      }
    }
    for (HelpResource resource : JSON.resources()) {
      assertEquals(
          JSON.resourcesFor(resource.region()), snapshot.resourcesFor(resource.region()));
    }
  }

  @Test
  void read_bundled_isNotEmpty() throws IOException, SnapshotException {
    KnowledgeBase snapshot = BundledSnapshot.read(bundled());

    assertFalse(snapshot.needs().isEmpty());
    assertFalse(snapshot.relations().isEmpty());
    assertFalse(snapshot.safetyQuestions().isEmpty());
  }

  @Test
  void load_isTheKnowledgeBaseOfTheJson() {
    assertEquals(PackSnapshot.of(JSON), PackSnapshot.of(DefaultContent.load()));
    assertEquals(PackSnapshot.of(JSON), PackSnapshot.of(DefaultContent.loadUncached()));
  }

  @Test
  void loadFrom_noSnapshot_readsTheJson() {
    assertEquals(PackSnapshot.of(JSON), PackSnapshot.of(DefaultContent.loadFrom(Optional.empty())));
  }

  @Test
  void loadFrom_unusableSnapshots_fallBackToTheJson() throws IOException {
    byte[] good = bundled();
    byte[] damaged = good.clone();
    damaged[damaged.length / 2] ^= 0x20;
    byte[] stale = SnapshotFile.write(PackSnapshot.of(JSON), BundledSnapshot.fingerprint() + 1);
    List<byte[]> unusable =
        List.of(
            new byte[0],
            Arrays.copyOf(good, good.length / 3),
            damaged,
            stale,
            "not a snapshot".getBytes(StandardCharsets.UTF_8));

    for (byte[] bytes : unusable) {
      assertThrows(SnapshotException.class, () -> BundledSnapshot.read(bytes));
      assertEquals(
          PackSnapshot.of(JSON), PackSnapshot.of(DefaultContent.loadFrom(Optional.of(bytes))));
    }
  }

  @Test
  void read_aSnapshotWhoseGraphTheCoreRejects_isRefused() throws IOException {
    // A need that no sign points to any more: the core's check fails, not the codec.
    PackSnapshot whole = PackSnapshot.of(JSON);
    Need need = whole.needs().get(0);
    List<Relation> relations = new ArrayList<>();
    for (Relation relation : whole.relations()) {
      if (!relation.to().equals(need.id())) {
        relations.add(relation);
      }
    }
    PackSnapshot broken =
        new PackSnapshot(
            whole.contentVersion(),
            whole.locale(),
            whole.sources(),
            whole.needs(),
            whole.signs(),
            whole.causes(),
            whole.interventions(),
            whole.scenarios(),
            relations,
            whole.stories(),
            whole.faqs(),
            whole.misconceptions(),
            whole.habits(),
            whole.prompts(),
            whole.letters(),
            whole.resources(),
            whole.safetyQuestions());
    byte[] bytes = SnapshotFile.write(broken, BundledSnapshot.fingerprint());

    SnapshotException e = assertThrows(SnapshotException.class, () -> BundledSnapshot.read(bytes));

    assertTrue(e.getMessage().contains("core rejects"), e.getMessage());
    assertTrue(e.getMessage().contains(need.id().reference()), e.getMessage());
  }

  @Test
  void fingerprint_ofACopyOfTheJson_isTheBundledOneAndChangesWithAnyByte(@TempDir Path copy)
      throws IOException {
    PackSource bundled = new PackSource.Bundled(PackLoader.DEFAULT_LANGUAGE);
    for (PackFile file : PackFile.values()) {
      Files.write(copy.resolve(file.fileName()), bundled.read(file).orElseThrow());
    }
    URL packJson = copy.resolve(PackFile.PACK.fileName()).toUri().toURL();
    int same = BundledSnapshot.fingerprint(packJson);
    Path needs = copy.resolve(PackFile.NEEDS.fileName());
    byte[] text = Files.readAllBytes(needs);
    text[text.length / 2] ^= 1;
    Files.write(needs, text);
    int edited = BundledSnapshot.fingerprint(packJson);
    Files.delete(needs);
    int missing = BundledSnapshot.fingerprint(packJson);

    assertEquals(BundledSnapshot.fingerprint(), same);
    assertNotEquals(same, edited);
    assertNotEquals(same, missing);
    assertNotEquals(edited, missing);
  }

  @Test
  void load_inAFreshJvm_readsTheSnapshotAndLoadsNoJacksonClass()
      throws IOException, InterruptedException {
    Path java = Path.of(System.getProperty("java.home"), "bin", "java");
    Process probe =
        new ProcessBuilder(
                java.toString(),
                "-Xlog:class+load=info",
                "-cp",
                System.getProperty("java.class.path"),
                ColdLoadProbe.class.getName())
            .redirectErrorStream(true)
            .start();
    String output = new String(probe.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertTrue(probe.waitFor(60, TimeUnit.SECONDS), "the probe did not end");

    assertEquals(0, probe.exitValue(), output);
    assertTrue(output.contains("probe loaded " + JSON.signs().size() + " signs"), output);
    assertTrue(
        output.contains(" " + SnapshotFile.class.getName() + " "), "the snapshot was not read");
    assertFalse(output.contains("WARNING"), "the snapshot was refused:\n" + output);
    List<String> jackson =
        output.lines().filter(line -> line.contains("com.fasterxml.")).limit(5).toList();
    assertEquals(List.of(), jackson);
  }
}
