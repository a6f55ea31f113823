package org.strikewatch.ingest.internal;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.temporal.TemporalAccessor;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Publication dates as sources write them. A date-time keeps the calendar date of its own offset
 * ("2024-05-16T01:30:00+03:00" is 16 May), since that is the date the publisher meant.
 */
final class Dates {
  private static final Pattern ISO_PREFIX =
      Pattern.compile("^(\\d{4})-(\\d{2})-(\\d{2})(?:$|[T ]\\d{2}:\\d{2})");
  private static final Pattern ISO_DATE_TIME =
      Pattern.compile(
          "\\d{4}-\\d{2}-\\d{2}([T ]\\d{2}:\\d{2}(:\\d{2}(\\.\\d{1,9})?)?(Z|[+-]\\d{2}:?\\d{2})?)?");
  private static final List<DateTimeFormatter> LENIENT =
      List.of(
          DateTimeFormatter.RFC_1123_DATE_TIME,
          pattern("d MMM uuuu HH:mm[:ss] z"),
          pattern("d MMM uuuu[ HH:mm[:ss]]"),
          pattern("d MMMM uuuu[ HH:mm[:ss]]"),
          pattern("MMMM d, uuuu[ h:mm a]"),
          pattern("MMM d, uuuu[ h:mm a]"),
          pattern("uuuu/MM/dd[ HH:mm[:ss]]"),
          pattern("dd.MM.uuuu[ HH:mm[:ss]]"),
          pattern("EEE MMM d HH:mm:ss z uuuu"));

  private Dates() {}

  private static DateTimeFormatter pattern(String p) {
    return new DateTimeFormatterBuilder()
        .parseCaseInsensitive()
        .appendPattern(p)
        .toFormatter(Locale.ENGLISH);
  }

  /**
   * Strict: an ISO date ("2024-05-16") or ISO date-time with optional offset.
   *
   * @throws Unreadable naming the value when it is neither
   */
  static LocalDate parseIso(String value, String where) throws Unreadable {
    String v = value.strip();
    Matcher m = ISO_PREFIX.matcher(v);
    if (m.find() && ISO_DATE_TIME.matcher(v).matches()) {
      try {
        return LocalDate.of(
            Integer.parseInt(m.group(1)),
            Integer.parseInt(m.group(2)),
            Integer.parseInt(m.group(3)));
      } catch (DateTimeException e) {
        throw new Unreadable("no such date: \"" + v + "\"" + where, null);
      }
    }
    throw new Unreadable("expected an ISO date (YYYY-MM-DD) but found \"" + v + "\"" + where, null);
  }

  /** Lenient: ISO, RFC 1123 and common English forms; empty if none fits. */
  static Optional<LocalDate> parseLenient(String value) {
    String v = value.strip().replaceAll("\\s+", " ");
    if (v.isEmpty()) {
      return Optional.empty();
    }
    try {
      return Optional.of(parseIso(v, ""));
    } catch (Unreadable e) {
      // not ISO; try the other forms
    }
    for (DateTimeFormatter f : LENIENT) {
      try {
        TemporalAccessor t = f.parse(v);
        return Optional.of(LocalDate.from(t));
      } catch (DateTimeException e) {
        // next form
      }
    }
    return Optional.empty();
  }

  /** The UTC date of a moment given in epoch seconds. */
  static LocalDate ofEpochSecond(long seconds) {
    return ZonedDateTime.ofInstant(java.time.Instant.ofEpochSecond(seconds), ZoneOffset.UTC)
        .toLocalDate();
  }
}
