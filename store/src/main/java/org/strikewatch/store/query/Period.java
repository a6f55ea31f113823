package org.strikewatch.store.query;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.time.format.TextStyle;
import java.time.temporal.ChronoUnit;
import java.util.Locale;

/** An inclusive range of days, such as March–April 2024. */
public record Period(LocalDate start, LocalDate end) {

  public Period {
    if (start == null || end == null) {
      throw new IllegalArgumentException("period start and end are required");
    }
    if (end.isBefore(start)) {
      throw new IllegalArgumentException("period ends before it starts: " + start + ".." + end);
    }
  }

  /**
   * Parses {@code 2024-03..2024-04}, {@code 2024-03-01..2024-04-30}, a single month {@code 2024-03}
   * or a single day {@code 2024-03-05}; a month bound covers the whole month.
   */
  public static Period parse(String text) {
    String t = text.trim();
    int dots = t.indexOf("..");
    if (dots < 0) {
      return new Period(bound(t, true, text), bound(t, false, text));
    }
    return new Period(
        bound(t.substring(0, dots), true, text), bound(t.substring(dots + 2), false, text));
  }

  private static LocalDate bound(String s, boolean start, String whole) {
    String b = s.trim();
    try {
      if (b.matches("\\d{4}-\\d{2}")) {
        YearMonth ym = YearMonth.parse(b);
        return start ? ym.atDay(1) : ym.atEndOfMonth();
      }
      if (b.matches("\\d{4}")) {
        int y = Integer.parseInt(b);
        return start ? LocalDate.of(y, 1, 1) : LocalDate.of(y, 12, 31);
      }
      return LocalDate.parse(b);
    } catch (DateTimeParseException ex) {
      throw new IllegalArgumentException(
          "period must be YYYY-MM..YYYY-MM or YYYY-MM-DD..YYYY-MM-DD but was \"" + whole + "\"",
          ex);
    }
  }

  /** Number of days, both ends included. */
  public long days() {
    return ChronoUnit.DAYS.between(start, end) + 1;
  }

  /** True when the day lies inside. */
  public boolean contains(LocalDate day) {
    return !day.isBefore(start) && !day.isAfter(end);
  }

  /** A human label: "Mar–Apr 2024", "Mar 2024", "Dec 2023–Jan 2024", "1–15 Mar 2024". */
  public String label() {
    boolean wholeMonths = start.getDayOfMonth() == 1 && end.getDayOfMonth() == end.lengthOfMonth();
    if (wholeMonths) {
      String m1 = month(start);
      String m2 = month(end);
      if (YearMonth.from(start).equals(YearMonth.from(end))) {
        return m1 + " " + start.getYear();
      }
      if (start.getYear() == end.getYear()) {
        return m1 + "–" + m2 + " " + end.getYear();
      }
      return m1 + " " + start.getYear() + "–" + m2 + " " + end.getYear();
    }
    if (start.equals(end)) {
      return start.getDayOfMonth() + " " + month(start) + " " + start.getYear();
    }
    if (YearMonth.from(start).equals(YearMonth.from(end))) {
      return start.getDayOfMonth()
          + "–"
          + end.getDayOfMonth()
          + " "
          + month(end)
          + " "
          + end.getYear();
    }
    if (start.getYear() == end.getYear()) {
      return start.getDayOfMonth()
          + " "
          + month(start)
          + "–"
          + end.getDayOfMonth()
          + " "
          + month(end)
          + " "
          + end.getYear();
    }
    return start.getDayOfMonth()
        + " "
        + month(start)
        + " "
        + start.getYear()
        + "–"
        + end.getDayOfMonth()
        + " "
        + month(end)
        + " "
        + end.getYear();
  }

  private static String month(LocalDate d) {
    return d.getMonth().getDisplayName(TextStyle.SHORT, Locale.ENGLISH);
  }

  @Override
  public String toString() {
    return start + ".." + end;
  }
}
