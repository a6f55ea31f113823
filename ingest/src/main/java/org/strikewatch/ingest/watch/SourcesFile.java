package org.strikewatch.ingest.watch;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.strikewatch.ingest.internal.TelegramChannel;

/**
 * Reads {@code sources.yaml}, the list of what the monitor polls:
 *
 * <pre>
 * sources:
 *   - name: Astra
 *     telegram: astrapress          # a channel username, or its https://t.me/s/... URL
 *     interval: 5m                  # 30s, 5m, 1h or ISO-8601 (PT5M); default 10m
 *     maxPages: 5                   # how far back one poll may page (Telegram); default 5
 *   - name: Example News
 *     feed: https://example.org/rss.xml
 * </pre>
 *
 * Mistakes are reported with the file, the entry and the field, as IllegalArgumentException.
 */
public final class SourcesFile {
  static final Duration DEFAULT_INTERVAL = Duration.ofMinutes(10);
  static final int DEFAULT_MAX_PAGES = 5;
  private static final Pattern SHORT_DURATION = Pattern.compile("(\\d{1,7})\\s*(s|m|h|d)");
  private static final Pattern PREVIEW_PATH = Pattern.compile("^/s/([A-Za-z0-9_]{3,64})/?$");
  private static final Set<String> FIELDS =
      Set.of("name", "feed", "telegram", "url", "interval", "maxPages");

  private SourcesFile() {}

  /**
   * The sources listed in {@code file}.
   *
   * @throws IllegalArgumentException naming the file, entry and field of a mistake
   */
  public static List<WatchedSource> read(Path file) {
    String name = file.toString();
    JsonNode root;
    try {
      root = new ObjectMapper(new YAMLFactory()).readTree(Files.readAllBytes(file));
    } catch (JacksonException e) {
      JsonLocation loc = e.getLocation();
      String where =
          loc == null ? "" : " at line " + loc.getLineNr() + ", column " + loc.getColumnNr();
      String what =
          e.getOriginalMessage() == null
              ? ""
              : e.getOriginalMessage().lines().findFirst().orElse("");
      throw new IllegalArgumentException(name + ": not valid YAML" + where + ": " + what);
    } catch (IOException e) {
      throw new IllegalArgumentException("cannot read " + name + ": " + e.getMessage());
    }
    if (root == null || !root.path("sources").isArray() || root.path("sources").isEmpty()) {
      throw new IllegalArgumentException(name + ": expected a non-empty \"sources:\" list");
    }
    List<WatchedSource> out = new ArrayList<>();
    Set<String> keys = new HashSet<>();
    int index = 0;
    for (JsonNode entry : root.path("sources")) {
      index++;
      String at = name + ": source " + index;
      if (!entry.isObject()) {
        throw new IllegalArgumentException(at + ": expected name, and feed or telegram");
      }
      for (Iterator<String> it = entry.fieldNames(); it.hasNext(); ) {
        String f = it.next();
        if (!FIELDS.contains(f)) {
          throw new IllegalArgumentException(
              at
                  + ": unknown field \""
                  + f
                  + "\" (known: name, feed, telegram, url, interval, maxPages)");
        }
      }
      String sourceName = entry.path("name").asText("").strip();
      if (sourceName.isEmpty()) {
        throw new IllegalArgumentException(at + ": \"name\" is required");
      }
      at = at + " (" + sourceName + ")";
      WatchedSource source =
          new WatchedSource(
              sourceName,
              kind(entry, at),
              url(entry, at),
              interval(entry, at),
              maxPages(entry, at));
      if (!keys.add(source.stateKey())) {
        throw new IllegalArgumentException(at + ": " + source.url() + " is listed twice");
      }
      out.add(source);
    }
    return out;
  }

  private static WatchedSource.Kind kind(JsonNode entry, String at) {
    int given =
        (entry.has("feed") ? 1 : 0) + (entry.has("telegram") ? 1 : 0) + (entry.has("url") ? 1 : 0);
    if (given != 1) {
      throw new IllegalArgumentException(at + ": give exactly one of feed, telegram or url");
    }
    if (entry.has("telegram")) {
      return WatchedSource.Kind.TELEGRAM;
    }
    if (entry.has("url") && TelegramChannel.channelOf(entry.path("url").asText()).isPresent()) {
      return WatchedSource.Kind.TELEGRAM;
    }
    return WatchedSource.Kind.FEED;
  }

  private static URI url(JsonNode entry, String at) {
    if (entry.has("telegram")) {
      String t = entry.path("telegram").asText("").strip();
      if (t.matches("@?[A-Za-z0-9_]{3,64}")) {
        return TelegramChannel.of(t.replace("@", "")).url();
      }
      URI uri = parse(t, at, "telegram");
      Matcher m = PREVIEW_PATH.matcher(uri.getPath() == null ? "" : uri.getPath());
      if (!m.matches()) {
        throw new IllegalArgumentException(
            at
                + ": telegram must be a channel username or a https://t.me/s/CHANNEL URL: \""
                + t
                + "\"");
      }
      return uri;
    }
    String field = entry.has("feed") ? "feed" : "url";
    return parse(entry.path(field).asText("").strip(), at, field);
  }

  private static URI parse(String value, String at, String field) {
    try {
      URI uri = new URI(value);
      String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
      if ((scheme.equals("http") || scheme.equals("https")) && uri.getHost() != null) {
        return uri;
      }
    } catch (URISyntaxException e) {
      // reported below
    }
    throw new IllegalArgumentException(
        at + ": " + field + " is not an http(s) URL: \"" + value + "\"");
  }

  private static Duration interval(JsonNode entry, String at) {
    if (!entry.has("interval")) {
      return DEFAULT_INTERVAL;
    }
    String v = entry.path("interval").asText("").strip().toLowerCase(Locale.ROOT);
    Matcher m = SHORT_DURATION.matcher(v);
    Duration d = null;
    if (m.matches()) {
      long n = Long.parseLong(m.group(1));
      d =
          switch (m.group(2)) {
            case "s" -> Duration.ofSeconds(n);
            case "m" -> Duration.ofMinutes(n);
            case "h" -> Duration.ofHours(n);
            default -> Duration.ofDays(n);
          };
    } else if (v.startsWith("p")) {
      try {
        d = Duration.parse(v.toUpperCase(Locale.ROOT));
      } catch (DateTimeParseException e) {
        d = null;
      }
    }
    if (d == null) {
      throw new IllegalArgumentException(
          at
              + ": interval is not a duration: \""
              + entry.path("interval").asText()
              + "\" (use 30s, 5m, 1h)");
    }
    if (d.compareTo(Duration.ofSeconds(10)) < 0) {
      throw new IllegalArgumentException(at + ": interval must be at least 10s: \"" + v + "\"");
    }
    return d;
  }

  private static int maxPages(JsonNode entry, String at) {
    if (!entry.has("maxPages")) {
      return DEFAULT_MAX_PAGES;
    }
    JsonNode v = entry.get("maxPages");
    if (!v.canConvertToInt() || !v.isIntegralNumber() || v.asInt() < 1) {
      throw new IllegalArgumentException(at + ": maxPages must be a whole number >= 1: " + v);
    }
    return v.asInt();
  }
}
