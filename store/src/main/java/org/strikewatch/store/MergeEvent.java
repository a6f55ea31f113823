package org.strikewatch.store;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * One entry of an incident's merge history: a mention created it, joined it, or a user split a
 * report off it, with the reason in words.
 */
public record MergeEvent(
    long id,
    long incidentId,
    @Nullable Long mentionId,
    @Nullable Long reportId,
    String action,
    String reason,
    Instant at) {

  public MergeEvent {
    if (action == null || action.isBlank() || reason == null || at == null) {
      throw new IllegalArgumentException("action, reason and time are required");
    }
  }
}
