package org.strikewatch.time;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.strikewatch.model.Precision;

/**
 * Infers a lower bound for a report's publication date from the explicit dates it contains: a
 * report cannot have been written before the latest full date it mentions. Callers mark such an
 * anchor as "inferred".
 */
public final class AnchorInference {

  private AnchorInference() {}

  /**
   * The latest explicit (non-relative) day-precision date among {@code mentions}, if any. Tag the
   * text with a null anchor first: only explicit dates resolve then.
   */
  public static Optional<LocalDate> infer(List<TimeMention> mentions) {
    LocalDate best = null;
    for (TimeMention m : mentions) {
      if (m.relative() || !m.span().isResolved()) {
        continue;
      }
      if (m.span().precision() != Precision.DAY && m.span().precision() != Precision.DAYS) {
        continue;
      }
      LocalDate d = m.span().end();
      if (d != null && (best == null || d.isAfter(best))) {
        best = d;
      }
    }
    return Optional.ofNullable(best);
  }
}
