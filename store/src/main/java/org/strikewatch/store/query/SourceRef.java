package org.strikewatch.store.query;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/** A report behind an incident: its id, source name, URL and publication date. */
public record SourceRef(
    long reportId, @Nullable String source, @Nullable String url, @Nullable LocalDate published) {}
