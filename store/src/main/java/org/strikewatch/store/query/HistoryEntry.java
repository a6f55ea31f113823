package org.strikewatch.store.query;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * One step in an incident's merge history: a report's mention created it, joined it, or was split
 * off, when, and the reason in words.
 */
public record HistoryEntry(
    @Nullable Long reportId, @Nullable Long mentionId, String action, String reason, Instant at) {}
