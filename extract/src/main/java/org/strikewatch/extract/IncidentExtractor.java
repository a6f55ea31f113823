package org.strikewatch.extract;

import org.strikewatch.model.Extraction;
import org.strikewatch.model.Report;

/**
 * Extracts the incidents and claims a report states. Implementations are pure (no I/O, no logging)
 * and thread-safe, so the CLI, the server and a distributed job run the same code.
 */
public interface IncidentExtractor {

  /** The extraction of {@code report}; never throws on odd text, it warns instead. */
  Extraction extract(Report report);
}
