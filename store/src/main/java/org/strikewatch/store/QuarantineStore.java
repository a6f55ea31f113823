package org.strikewatch.store;

import java.util.List;
import java.util.Optional;
import org.strikewatch.model.Rejection;

/** Input that could not be read as a report, kept with the reason so a user can see and retry. */
public interface QuarantineStore {

  /** Puts a rejection in the quarantine; returns its id. */
  long quarantine(Rejection rejection);

  /** Everything in the quarantine, oldest first. */
  List<QuarantineEntry> quarantined();

  /** One quarantine entry. */
  Optional<QuarantineEntry> quarantineEntry(long id);

  /** Removes an entry (after a successful retry). */
  void release(long id);
}
