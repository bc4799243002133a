package dev.rapport.examples.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;
import org.flywaydb.core.Flyway;

/**
 * The opt-in history: saved results in one SQLite file, created only when the person first saves.
 *
 * <p>Every write is one transaction, so a rejected request or a server stopped mid-request never
 * loses what was saved before. Connections have {@code secure_delete} on, so deleted rows are
 * overwritten with zeros in the file. {@link #deleteAll()} deletes the rows, rebuilds the file with
 * {@code VACUUM} so no free page keeps old content, and then removes the file and its journal.
 *
 * <p>Thread-safe: writes and deletion are serialised within this process; a connection is opened
 * for each operation, so the file is never held open between requests.
 */
final class HistoryStore {
  private static final String MIGRATIONS = "classpath:web/db/migration";

  private final Path file;
  private boolean migrated;

  /**
   * Makes a store over {@code file}; nothing is created until {@link #save} is called.
   *
   * @param file the database file
   */
  HistoryStore(Path file) {
    this.file = file.toAbsolutePath().normalize();
  }

  /** The database file, which may not exist yet. */
  Path file() {
    return file;
  }

  /** Tells whether anything has been saved, without creating the file. */
  synchronized boolean exists() {
    return Files.isRegularFile(file);
  }

  /**
   * Saves a result in one transaction, creating the file and its tables the first time.
   *
   * @param result the result; its id is ignored
   * @return the stored result's id
   */
  synchronized long save(SavedResult result) {
    try {
      Files.createDirectories(file.getParent());
    } catch (IOException e) {
      throw new UncheckedIOException("cannot create the folder for " + file, e);
    }
    migrate();
    try (Connection c = open()) {
      c.setAutoCommit(false);
      try (PreparedStatement insert =
          c.prepareStatement(
              "INSERT INTO saved_result (saved_at, note, connection_index, band, snapshot_json)"
                  + " VALUES (?, ?, ?, ?, ?)",
              Statement.RETURN_GENERATED_KEYS)) {
        insert.setString(1, result.savedAt().toString());
        insert.setString(2, result.note());
        insert.setInt(3, result.snapshot().connectionIndex());
        insert.setString(4, result.snapshot().band().name());
        insert.setString(5, result.snapshot().toJson());
        insert.executeUpdate();
        long id;
        try (ResultSet keys = insert.getGeneratedKeys()) {
          keys.next();
          id = keys.getLong(1);
        }
        c.commit();
        return id;
      } catch (SQLException | RuntimeException e) {
        c.rollback();
        throw e;
      }
    } catch (SQLException e) {
      throw new StoreException("could not save the result in " + file, e);
    }
  }

  /**
   * Every saved result, oldest first (ties broken by id); empty when nothing was ever saved.
   *
   * @return the results
   */
  synchronized List<SavedResult> all() {
    if (!exists()) {
      return List.of();
    }
    migrate();
    List<SavedResult> results = new ArrayList<>();
    try (Connection c = open();
        Statement s = c.createStatement();
        ResultSet rs =
            s.executeQuery(
                "SELECT id, saved_at, note, snapshot_json"
                    + " FROM saved_result ORDER BY saved_at, id")) {
      while (rs.next()) {
        results.add(
            new SavedResult(
                rs.getLong(1),
                Instant.parse(rs.getString(2)),
                rs.getString(3),
                Snapshot.fromJson(rs.getString(4))));
      }
    } catch (SQLException e) {
      throw new StoreException("could not read the saved results in " + file, e);
    }
    return List.copyOf(results);
  }

  /**
   * How many results are saved, without creating the file.
   *
   * @return the count, 0 when nothing was saved, or empty when the file cannot be read
   */
  synchronized OptionalInt count() {
    try {
      return OptionalInt.of(all().size());
    } catch (RuntimeException e) {
      return OptionalInt.empty();
    }
  }

  /**
   * Deletes every saved result for real: the rows (overwritten, then the file rebuilt without
   * them), then the file itself and any journal beside it. When the file cannot be read as a
   * database, its bytes are overwritten with zeros before it is removed. Does nothing when nothing
   * was saved.
   */
  synchronized void deleteAll() {
    if (exists()) {
      try {
        wipeRows();
      } catch (SQLException | RuntimeException e) {
        zero(file);
      }
    }
    migrated = false;
    for (String suffix : List.of("", "-journal", "-wal", "-shm")) {
      try {
        Files.deleteIfExists(Path.of(file + suffix));
      } catch (IOException e) {
        throw new UncheckedIOException("could not remove " + file + suffix, e);
      }
    }
  }

  private void wipeRows() throws SQLException {
    try (Connection c = open()) {
      c.setAutoCommit(false);
      try (Statement s = c.createStatement()) {
        s.executeUpdate("DELETE FROM saved_result");
        c.commit();
      } catch (SQLException e) {
        c.rollback();
        throw e;
      }
      c.setAutoCommit(true);
      try (Statement s = c.createStatement()) {
        s.executeUpdate("VACUUM");
      }
    }
  }

  private static void zero(Path path) {
    try (FileChannel channel = FileChannel.open(path, StandardOpenOption.WRITE)) {
      long size = channel.size();
      ByteBuffer zeros = ByteBuffer.allocate(8192);
      for (long at = 0; at < size; at += zeros.capacity()) {
        zeros.clear();
        zeros.limit((int) Math.min(zeros.capacity(), size - at));
        channel.write(zeros, at);
      }
      channel.force(true);
    } catch (IOException e) {
      throw new UncheckedIOException("could not overwrite " + path, e);
    }
  }

  private void migrate() {
    if (!migrated) {
      Flyway.configure()
          .dataSource(url(), "", "")
          .locations(MIGRATIONS)
          .failOnMissingLocations(true)
          .load()
          .migrate();
      migrated = true;
    }
  }

  private Connection open() throws SQLException {
    Connection c = DriverManager.getConnection(url());
    try (Statement s = c.createStatement()) {
      s.execute("PRAGMA secure_delete = ON");
      s.execute("PRAGMA busy_timeout = 5000");
    } catch (SQLException e) {
      c.close();
      throw e;
    }
    return c;
  }

  private String url() {
    return "jdbc:sqlite:" + file;
  }

  /** Thrown when the history file cannot be read or written. */
  static final class StoreException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    StoreException(String message, Throwable cause) {
      super(message, cause);
    }
  }
}
