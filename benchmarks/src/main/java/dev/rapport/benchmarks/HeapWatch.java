package dev.rapport.benchmarks;

import com.sun.management.GarbageCollectionNotificationInfo;
import com.sun.management.GcInfo;
import java.io.IOException;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.management.MemoryUsage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.Set;
import java.util.stream.Collectors;
import javax.management.ListenerNotFoundException;
import javax.management.Notification;
import javax.management.NotificationEmitter;
import javax.management.NotificationListener;
import javax.management.openmbean.CompositeData;

/**
 * Watches the heap while it is {@linkplain #start() on}: the most used just before a collection
 * (the high point between collections), the most used just after one (what survives), and the
 * collections' count and time. Collections are told by the JVM's GC notifications, which arrive on
 * another thread a moment after the collection; a watch switched off a moment early misses at most
 * the last one.
 *
 * <p>It also reads the process's peak resident set size (VmHWM) where Linux gives it, and can
 * reset it, so that each measured part has its own peak.
 */
final class HeapWatch implements NotificationListener, AutoCloseable {
  private static final Path STATUS = Path.of("/proc/self/status");
  private static final Path CLEAR_REFS = Path.of("/proc/self/clear_refs");

  /** What a watch saw while it was on, in bytes and milliseconds. */
  record Seen(
      long peakUsed, long maxAfterCollection, long collections, long collectionMillis) {}

  private final Set<String> heapPools =
      ManagementFactory.getMemoryPoolMXBeans().stream()
          .filter(p -> p.getType() == MemoryType.HEAP)
          .map(MemoryPoolMXBean::getName)
          .collect(Collectors.toUnmodifiableSet());
  private final List<NotificationEmitter> emitters = new ArrayList<>();
  private volatile boolean on;
  private long peakUsed;
  private long maxAfterCollection;
  private long collections;
  private long collectionMillis;
  private long startCount;
  private long startMillis;

  /** Listens to every collector's notifications; {@link #close()} stops listening. */
  HeapWatch() {
    for (GarbageCollectorMXBean collector : ManagementFactory.getGarbageCollectorMXBeans()) {
      if (collector instanceof NotificationEmitter emitter) {
        emitter.addNotificationListener(this, null, null);
        emitters.add(emitter);
      }
    }
  }

  /** Forgets what was seen, for a new measure. */
  synchronized void reset() {
    peakUsed = 0;
    maxAfterCollection = 0;
    collections = 0;
    collectionMillis = 0;
  }

  /** Starts watching (again), adding to what was seen so far. */
  synchronized void start() {
    startCount = totalCollections();
    startMillis = totalCollectionMillis();
    on = true;
  }

  /** Stops watching, counting the heap in use now as a candidate for the peak. */
  synchronized void stop() {
    on = false;
    peakUsed = Math.max(peakUsed, ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed());
    collections += totalCollections() - startCount;
    collectionMillis += totalCollectionMillis() - startMillis;
  }

  /**
   * What was seen since the last {@link #reset()}.
   *
   * @return the peaks and the collections
   */
  synchronized Seen seen() {
    return new Seen(peakUsed, maxAfterCollection, collections, collectionMillis);
  }

  @Override
  public void handleNotification(Notification notification, Object handback) {
    if (!on
        || !GarbageCollectionNotificationInfo.GARBAGE_COLLECTION_NOTIFICATION.equals(
            notification.getType())) {
      return;
    }
    GcInfo info =
        GarbageCollectionNotificationInfo.from((CompositeData) notification.getUserData())
            .getGcInfo();
    long before = heapUsed(info.getMemoryUsageBeforeGc());
    long after = heapUsed(info.getMemoryUsageAfterGc());
    synchronized (this) {
      peakUsed = Math.max(peakUsed, before);
      maxAfterCollection = Math.max(maxAfterCollection, after);
    }
  }

  private long heapUsed(Map<String, MemoryUsage> pools) {
    long used = 0;
    for (Map.Entry<String, MemoryUsage> pool : pools.entrySet()) {
      if (heapPools.contains(pool.getKey())) {
        used += pool.getValue().getUsed();
      }
    }
    return used;
  }

  private static long totalCollections() {
    return ManagementFactory.getGarbageCollectorMXBeans().stream()
        .mapToLong(c -> Math.max(0, c.getCollectionCount()))
        .sum();
  }

  private static long totalCollectionMillis() {
    return ManagementFactory.getGarbageCollectorMXBeans().stream()
        .mapToLong(c -> Math.max(0, c.getCollectionTime()))
        .sum();
  }

  /**
   * The heap in use after a full collection: what the process holds on to.
   *
   * @return bytes
   */
  static long liveAfterFullCollection() {
    System.gc();
    return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
  }

  /**
   * What this thread has allocated so far, where the JVM counts it.
   *
   * @return bytes, or empty when the JVM does not count allocation per thread
   */
  static OptionalLong allocatedByThisThread() {
    if (ManagementFactory.getThreadMXBean() instanceof com.sun.management.ThreadMXBean threads
        && threads.isThreadAllocatedMemorySupported()
        && threads.isThreadAllocatedMemoryEnabled()) {
      return OptionalLong.of(threads.getCurrentThreadAllocatedBytes());
    }
    return OptionalLong.empty();
  }

  /**
   * The process's peak resident set size since it started or since {@link #resetPeakRss()}.
   *
   * @return bytes, or empty where {@code /proc/self/status} is not readable (not Linux)
   */
  static OptionalLong peakRss() {
    try {
      for (String line : Files.readAllLines(STATUS)) {
        if (line.startsWith("VmHWM:")) {
          String kilobytes = line.substring("VmHWM:".length()).replace("kB", "").trim();
          return OptionalLong.of(Long.parseLong(kilobytes) * 1024);
        }
      }
    } catch (IOException | RuntimeException e) {
      // not Linux, or a kernel without VmHWM
    }
    return OptionalLong.empty();
  }

  /**
   * Resets the peak resident set size to the current one, where Linux allows it.
   *
   * @return true when it was reset
   */
  static boolean resetPeakRss() {
    try {
      Files.writeString(CLEAR_REFS, "5");
      return true;
    } catch (IOException | RuntimeException e) {
      return false;
    }
  }

  @Override
  public void close() {
    for (NotificationEmitter emitter : emitters) {
      try {
        emitter.removeNotificationListener(this);
      } catch (ListenerNotFoundException e) {
        // already gone
      }
    }
  }
}
