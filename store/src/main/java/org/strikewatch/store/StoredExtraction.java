package org.strikewatch.store;

import java.time.Instant;
import org.strikewatch.model.Extraction;

/** One extraction run over a stored report, with the extractor version that produced it. */
public record StoredExtraction(
    long id, long reportId, String extractorVersion, Instant extractedAt, Extraction extraction) {

  public StoredExtraction {
    if (extractorVersion == null || extractorVersion.isBlank()) {
      throw new IllegalArgumentException("extractor version is required");
    }
    if (extractedAt == null || extraction == null) {
      throw new IllegalArgumentException("extractedAt and extraction are required");
    }
  }
}
