package org.strikewatch.store.query;

import org.strikewatch.model.Incident;

/**
 * The incident as one report states it, with that report's evidence quotes (offsets into that
 * report's text).
 */
public record MentionView(long mentionId, SourceRef report, Incident incident) {}
