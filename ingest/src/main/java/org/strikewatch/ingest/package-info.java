/**
 * Where reports come from: {@link org.strikewatch.ingest.ReportSource} reads files, folders, feeds,
 * Telegram exports and web pages into {@link org.strikewatch.model.IncomingReport}s, and turns what
 * it cannot read into {@link org.strikewatch.model.Rejection}s instead of dropping it.
 */
@NullMarked
package org.strikewatch.ingest;

import org.jspecify.annotations.NullMarked;
