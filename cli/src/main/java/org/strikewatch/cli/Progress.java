package org.strikewatch.cli;

import java.io.PrintStream;
import java.util.Locale;

/**
 * Progress of a long ingest on stderr: a bar redrawn in place on a terminal, a plain line every few
 * seconds otherwise (logs, pipes, CI), nothing when disabled.
 */
final class Progress {
  private static final long LINE_EVERY_NANOS = 5_000_000_000L;
  private static final long BAR_EVERY_NANOS = 200_000_000L;
  private static final int WIDTH = 30;

  enum Mode {
    BAR,
    LINES,
    NONE
  }

  private final PrintStream err;
  private final Mode mode;
  private final long total;
  private final long started = System.nanoTime();
  private long lastShown = started;
  private long done;
  private long reports;
  private long quarantined;
  private boolean drawn;

  Progress(PrintStream err, Mode mode, long total) {
    this.err = err;
    this.mode = mode;
    this.total = total;
  }

  /** A bar on a terminal, lines otherwise. */
  static Mode auto() {
    return System.console() != null ? Mode.BAR : Mode.LINES;
  }

  void report() {
    reports++;
    if ((reports & 63) == 0) {
      maybeShow();
    }
  }

  void quarantined() {
    quarantined++;
  }

  /** One source (a file, a URL) finished. */
  void sourceDone() {
    done++;
    maybeShow();
  }

  private void maybeShow() {
    long now = System.nanoTime();
    long every = mode == Mode.BAR ? BAR_EVERY_NANOS : LINE_EVERY_NANOS;
    if (mode != Mode.NONE && now - lastShown >= every) {
      lastShown = now;
      show(now);
    }
  }

  private void show(long now) {
    double seconds = Math.max(1e-3, (now - started) / 1e9);
    String counts =
        String.format(
            Locale.ROOT,
            "%,d/%,d sources, %,d reports, %,d quarantined, %,.0f reports/s",
            done,
            total,
            reports,
            quarantined,
            reports / seconds);
    if (mode == Mode.BAR) {
      int filled = total == 0 ? WIDTH : (int) (WIDTH * done / total);
      err.print(
          "\r["
              + "#".repeat(filled)
              + ".".repeat(WIDTH - filled)
              + "] "
              + (total == 0 ? 100 : 100 * done / total)
              + "% "
              + counts
              + "   ");
      drawn = true;
    } else {
      err.println("ingest: " + counts);
    }
    err.flush();
  }

  /** Ends the bar line so the summary starts on a fresh line. */
  void finish() {
    if (mode == Mode.BAR) {
      show(System.nanoTime());
    }
    if (drawn) {
      err.println();
    }
  }
}
