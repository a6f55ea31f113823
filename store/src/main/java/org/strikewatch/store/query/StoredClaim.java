package org.strikewatch.store.query;

import org.jspecify.annotations.Nullable;
import org.strikewatch.model.Claim;

/** A claim as stored: its id, the report it came from and that report's source and URL. */
public record StoredClaim(
    long id, long reportId, @Nullable String source, @Nullable String url, Claim claim) {}
