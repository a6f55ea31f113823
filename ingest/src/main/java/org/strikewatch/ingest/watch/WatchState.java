package org.strikewatch.ingest.watch;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.Set;

/**
 * Where each watched source was read up to: the newest Telegram message id, the keys of feed
 * entries already seen (the newest {@value #MAX_SEEN} per feed), and when it was last polled. Kept
 * in a JSON file, rewritten atomically (a temporary file, flushed, then moved over the old one), so
 * a crash leaves either the old or the new state, never half of one.
 */
public final class WatchState {
  /** How many feed entry keys are remembered per feed. */
  public static final int MAX_SEEN = 2000;

  private static final ObjectMapper JSON = new ObjectMapper();

  private final Path file;
  private final Map<String, Long> lastIds = new LinkedHashMap<>();
  private final Map<String, LinkedHashSet<String>> seen = new LinkedHashMap<>();
  private final Map<String, Instant> polled = new LinkedHashMap<>();

  private WatchState(Path file) {
    this.file = file;
  }

  /**
   * Loads the state kept in {@code file}, or an empty state if there is none yet.
   *
   * @throws IllegalArgumentException when the file exists but is not a state file
   */
  public static WatchState load(Path file) {
    WatchState state = new WatchState(file);
    if (!Files.exists(file)) {
      return state;
    }
    JsonNode root;
    try {
      root = JSON.readTree(file.toFile());
    } catch (JacksonException e) {
      throw new IllegalArgumentException(
          "watch state " + file + " is not valid JSON: " + e.getOriginalMessage());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    if (root == null || !root.path("sources").isObject()) {
      throw new IllegalArgumentException("watch state " + file + " has no \"sources\" object");
    }
    root.path("sources")
        .properties()
        .forEach(
            e -> {
              JsonNode s = e.getValue();
              if (s.path("lastMessageId").canConvertToLong()) {
                state.lastIds.put(e.getKey(), s.path("lastMessageId").asLong());
              }
              if (s.path("seen").isArray()) {
                LinkedHashSet<String> keys = new LinkedHashSet<>();
                s.path("seen").forEach(k -> keys.add(k.asText()));
                state.seen.put(e.getKey(), keys);
              }
              if (s.path("lastPolled").isTextual()) {
                try {
                  state.polled.put(e.getKey(), Instant.parse(s.path("lastPolled").asText()));
                } catch (java.time.format.DateTimeParseException ex) {
                  // an unreadable poll time only means the source is polled at once
                }
              }
            });
    return state;
  }

  /** The file this state is kept in. */
  public Path file() {
    return file;
  }

  /** The newest message id read from a Telegram source, if any. */
  public OptionalLong lastMessageId(String key) {
    Long id = lastIds.get(key);
    return id == null ? OptionalLong.empty() : OptionalLong.of(id);
  }

  /** True if a feed entry with this key was seen before. */
  public boolean seen(String key, String entryKey) {
    Set<String> keys = seen.get(key);
    return keys != null && keys.contains(entryKey);
  }

  /** When the source was last polled successfully, if ever. */
  public java.util.Optional<Instant> lastPolled(String key) {
    return java.util.Optional.ofNullable(polled.get(key));
  }

  /** Records that a Telegram source was read up to {@code id}. */
  public void recordMessageId(String key, long id) {
    lastIds.merge(key, id, Math::max);
  }

  /** Records feed entry keys as seen, keeping the newest {@value #MAX_SEEN}. */
  public void recordSeen(String key, List<String> entryKeys) {
    LinkedHashSet<String> keys = seen.computeIfAbsent(key, k -> new LinkedHashSet<>());
    for (String k : entryKeys) {
      keys.remove(k);
      keys.add(k);
    }
    if (keys.size() > MAX_SEEN) {
      List<String> all = new ArrayList<>(keys);
      keys.clear();
      keys.addAll(all.subList(all.size() - MAX_SEEN, all.size()));
    }
  }

  /** Records a successful poll. */
  public void recordPolled(String key, Instant at) {
    polled.put(key, at);
  }

  /** Writes the state atomically. */
  public void save() {
    ObjectNode root = JSON.createObjectNode();
    root.put("version", 1);
    ObjectNode sources = root.putObject("sources");
    Set<String> keys = new LinkedHashSet<>();
    keys.addAll(lastIds.keySet());
    keys.addAll(seen.keySet());
    keys.addAll(polled.keySet());
    for (String key : keys) {
      ObjectNode s = sources.putObject(key);
      if (lastIds.containsKey(key)) {
        s.put("lastMessageId", lastIds.get(key));
      }
      if (polled.containsKey(key)) {
        s.put("lastPolled", polled.get(key).toString());
      }
      if (seen.containsKey(key)) {
        ArrayNode arr = s.putArray("seen");
        seen.get(key).forEach(arr::add);
      }
    }
    try {
      Path dir = file.toAbsolutePath().getParent();
      Files.createDirectories(dir);
      Path tmp = Files.createTempFile(dir, file.getFileName().toString(), ".tmp");
      try {
        Files.write(tmp, JSON.writerWithDefaultPrettyPrinter().writeValueAsBytes(root));
        try (FileChannel ch = FileChannel.open(tmp, StandardOpenOption.WRITE)) {
          ch.force(true);
        }
        try {
          Files.move(
              tmp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
          Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING);
        }
      } finally {
        Files.deleteIfExists(tmp);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write watch state " + file, e);
    }
  }
}
