package org.strikewatch.model;

import org.jspecify.annotations.Nullable;

/**
 * Input that could not be read as a report: where it came from, why, and an excerpt (or a
 * description of binary content) so a user can see what it was. Rejections go to the quarantine.
 */
public record Rejection(String origin, String reason, @Nullable String excerpt) {

  public Rejection {
    if (origin == null || origin.isBlank()) {
      throw new IllegalArgumentException("rejection origin is required");
    }
    if (reason == null || reason.isBlank()) {
      throw new IllegalArgumentException("rejection reason is required");
    }
  }
}
