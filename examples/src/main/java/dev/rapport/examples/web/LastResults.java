package dev.rapport.examples.web;

import static com.google.common.base.Preconditions.checkNotNull;

import io.javalin.http.Context;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Optional;

/**
 * Each browser's last check-up result, in memory only, so that the writing pages can draft from the
 * report the person just saw. Nothing here is ever written to disk.
 *
 * <p>A browser is known by its form-token cookie (see {@link Csrf}), which lasts until the browser
 * closes; the map holds only a hash of it. An entry is forgotten after {@link #IDLE} without use,
 * when a new check-up replaces it, on the quick exit, when the person deletes all their data or
 * asks to forget it, and when the server stops. At most {@link #MAX_BROWSERS} browsers are held;
 * the one unused longest goes first. Thread-safe.
 */
final class LastResults {
  /** How long a result is kept without being used. */
  static final Duration IDLE = Duration.ofMinutes(30);

  /** How many browsers' results are kept at most: a local app has one or two. */
  static final int MAX_BROWSERS = 64;

  private final Clock clock;
  private final int capacity;
  // in access order: the first entry is the one unused longest
  private final LinkedHashMap<String, Entry> byBrowser = new LinkedHashMap<>(16, 0.75f, true);

  LastResults(Clock clock) {
    this(clock, MAX_BROWSERS);
  }

  LastResults(Clock clock, int capacity) {
    this.clock = checkNotNull(clock, "clock must not be null");
    this.capacity = capacity;
  }

  /** Keeps a browser's last result, replacing the one before; ignored when it has no cookie. */
  void remember(Context ctx, LastResult result) {
    browser(ctx).ifPresent(b -> remember(b, result));
  }

  /** The browser's last result, if it is still kept; using it restarts its idle time. */
  Optional<LastResult> find(Context ctx) {
    return browser(ctx).flatMap(this::find);
  }

  /** Forgets the browser's last result, if any. */
  void forget(Context ctx) {
    browser(ctx).ifPresent(this::forget);
  }

  synchronized void remember(String browser, LastResult result) {
    checkNotNull(result, "result must not be null");
    purge();
    byBrowser.put(browser, new Entry(result, clock.instant()));
    while (byBrowser.size() > capacity) {
      Iterator<String> oldest = byBrowser.keySet().iterator();
      oldest.next();
      oldest.remove();
    }
  }

  synchronized Optional<LastResult> find(String browser) {
    purge();
    Entry entry = byBrowser.get(browser);
    if (entry == null) {
      return Optional.empty();
    }
    byBrowser.put(browser, new Entry(entry.result(), clock.instant()));
    return Optional.of(entry.result());
  }

  synchronized void forget(String browser) {
    byBrowser.remove(browser);
  }

  /** How many browsers' results are kept now. */
  synchronized int size() {
    purge();
    return byBrowser.size();
  }

  private void purge() {
    Instant oldestKept = clock.instant().minus(IDLE);
    byBrowser.values().removeIf(e -> !e.lastUsed().isAfter(oldestKept));
  }

  /** The browser a request comes from: a hash of its form-token cookie, when it has a good one. */
  private static Optional<String> browser(Context ctx) {
    String token = ctx.cookie(Csrf.COOKIE);
    if (!Csrf.isWellFormed(token)) {
      return Optional.empty();
    }
    return Optional.of(hash(token));
  }

  static String hash(String token) {
    try {
      MessageDigest sha = MessageDigest.getInstance("SHA-256");
      return HexFormat.of().formatHex(sha.digest(token.getBytes(StandardCharsets.US_ASCII)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java runtime has SHA-256", e);
    }
  }

  private record Entry(LastResult result, Instant lastUsed) {}
}
