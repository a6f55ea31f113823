package org.strikewatch.store;

import java.time.Instant;
import org.strikewatch.model.Rejection;

/** Input that could not be read, as kept in the quarantine, with when it was put there. */
public record QuarantineEntry(long id, Rejection rejection, Instant at) {

  public QuarantineEntry {
    if (rejection == null || at == null) {
      throw new IllegalArgumentException("rejection and time are required");
    }
  }
}
