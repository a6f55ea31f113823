package org.strikewatch.store.query;

import java.time.Instant;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * A raw report as stored, with its pipeline status and the latest extraction as contract JSON
 * (absent before extraction).
 */
public record ReportView(
    long id,
    String text,
    String origin,
    @Nullable String source,
    @Nullable String url,
    @Nullable LocalDate published,
    Instant fetchedAt,
    String status,
    @Nullable String statusDetail,
    @Nullable String extractionJson) {}
