package dev.rapport.examples.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.rapport.assessment.Band;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The history file: created on the first save only, and deleted for real. */
class HistoryStoreTest {
  static final String MARKER = "a-very-private-marker-7f3a";

  @TempDir Path dir;

  static SavedResult result(Instant at, String note) {
    Snapshot snapshot =
        new Snapshot(
            62,
            Band.STRAINED,
            Map.of("lonely-together", 0.75),
            Map.of("being-heard", 0.6),
            List.of(),
            List.of("being-heard"),
            "2026.11.0");
    return new SavedResult(0, at, note, snapshot);
  }

  @Test
  void newStore_readsNothing_andCreatesNoFile() {
    HistoryStore store = new HistoryStore(dir.resolve("sub").resolve("history.db"));

    assertFalse(store.exists());
    assertEquals(List.of(), store.all());
    assertFalse(Files.exists(dir.resolve("sub")));
  }

  @Test
  void save_createsTheFolderAndFile_andReadsBackWhatWasSaved() {
    HistoryStore store = new HistoryStore(dir.resolve("sub").resolve("history.db"));
    Instant at = Instant.parse("2026-11-23T10:00:00Z");

    long id = store.save(result(at, "hello"));

    List<SavedResult> all = store.all();
    assertEquals(1, all.size());
    assertEquals(id, all.get(0).id());
    assertEquals(at, all.get(0).savedAt());
    assertEquals("hello", all.get(0).note());
    assertEquals(result(at, "hello").snapshot(), all.get(0).snapshot());
  }

  @Test
  void all_isOldestFirst() {
    HistoryStore store = new HistoryStore(dir.resolve("history.db"));
    store.save(result(Instant.parse("2026-11-30T10:00:00Z"), "later"));
    store.save(result(Instant.parse("2026-11-23T10:00:00Z"), "earlier"));

    List<SavedResult> all = store.all();

    assertEquals(List.of("earlier", "later"), all.stream().map(SavedResult::note).toList());
  }

  @Test
  void deleteAll_wipesTheContent_thenRemovesTheFile() throws IOException {
    Path file = dir.resolve("history.db");
    HistoryStore store = new HistoryStore(file);
    store.save(result(Instant.parse("2026-11-23T10:00:00Z"), MARKER));
    assertTrue(contains(file, MARKER));
    // A second name for the same file shows what is left in it once its first name is gone.
    Path link = Files.createLink(dir.resolve("link.db"), file);

    store.deleteAll();

    assertFalse(Files.exists(file));
    assertFalse(contains(link, MARKER), "the note's bytes are still in the file");
    assertEquals(List.of(), store.all());
    assertFalse(store.exists());
  }

  @Test
  void deleteAll_ofAFileThatIsNotADatabase_zeroesIt_andRemovesIt() throws IOException {
    Path file = dir.resolve("history.db");
    Files.writeString(file, "not a database " + MARKER);
    Path link = Files.createLink(dir.resolve("link.db"), file);
    HistoryStore store = new HistoryStore(file);

    assertTrue(store.count().isEmpty());
    store.deleteAll();

    assertFalse(Files.exists(file));
    assertFalse(contains(link, MARKER));
  }

  @Test
  void count_ofNothingSaved_isZero() {
    assertEquals(0, new HistoryStore(dir.resolve("history.db")).count().orElseThrow());
  }

  @Test
  void save_fromManyThreadsAtOnce_keepsEveryResult() throws InterruptedException {
    HistoryStore store = new HistoryStore(dir.resolve("history.db"));
    List<Thread> threads = new ArrayList<>();
    for (int t = 0; t < 4; t++) {
      int thread = t;
      threads.add(
          new Thread(
              () -> {
                for (int i = 0; i < 10; i++) {
                  store.save(result(Instant.EPOCH.plusSeconds(thread * 100L + i), "n"));
                }
              }));
    }

    threads.forEach(Thread::start);
    for (Thread t : threads) {
      t.join(30_000);
    }

    assertEquals(40, store.all().size());
  }

  @Test
  void deleteAll_withNothingSaved_doesNothing() {
    HistoryStore store = new HistoryStore(dir.resolve("history.db"));

    store.deleteAll();

    assertFalse(store.exists());
  }

  @Test
  void save_afterDeleteAll_startsAFreshFile() {
    HistoryStore store = new HistoryStore(dir.resolve("history.db"));
    store.save(result(Instant.parse("2026-11-23T10:00:00Z"), "old"));
    store.deleteAll();

    store.save(result(Instant.parse("2026-11-24T10:00:00Z"), "new"));

    assertEquals(List.of("new"), store.all().stream().map(SavedResult::note).toList());
  }

  @Test
  void snapshot_roundTripsThroughJson() {
    Snapshot snapshot = result(Instant.EPOCH, "").snapshot();

    assertEquals(snapshot, Snapshot.fromJson(snapshot.toJson()));
  }

  private static boolean contains(Path file, String text) throws IOException {
    return new String(Files.readAllBytes(file), StandardCharsets.ISO_8859_1).contains(text);
  }
}
