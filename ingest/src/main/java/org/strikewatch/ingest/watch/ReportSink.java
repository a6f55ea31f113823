package org.strikewatch.ingest.watch;

import java.util.List;
import org.strikewatch.ingest.ReadResult;

/**
 * Where the monitor hands what it read (the application stores it). It returns when the results are
 * safely kept: the monitor records its progress only after that.
 */
@FunctionalInterface
public interface ReportSink {

  /** Keeps the results and says what became of them. */
  Delivery deliver(List<ReadResult> results);

  /** What a delivery gave: reports newly stored, reports already held, rejections quarantined. */
  record Delivery(int stored, int duplicates, int quarantined) {
    public Delivery {
      if (stored < 0 || duplicates < 0 || quarantined < 0) {
        throw new IllegalArgumentException(
            "delivery counts must not be negative: "
                + stored
                + "/"
                + duplicates
                + "/"
                + quarantined);
      }
    }

    public static final Delivery NONE = new Delivery(0, 0, 0);

    /** The sum of two deliveries. */
    public Delivery plus(Delivery other) {
      return new Delivery(
          stored + other.stored, duplicates + other.duplicates, quarantined + other.quarantined);
    }
  }
}
