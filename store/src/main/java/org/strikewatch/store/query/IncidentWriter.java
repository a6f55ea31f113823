package org.strikewatch.store.query;

import java.io.IOException;

/** Writes incidents one at a time in an export format; {@link #finish} closes the document. */
public interface IncidentWriter {

  /** Writes one incident (formats that need coordinates skip incidents without them). */
  void write(HeldIncident incident) throws IOException;

  /** Ends the document and flushes; does not close the underlying writer. */
  void finish() throws IOException;
}
