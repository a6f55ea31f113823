/**
 * The application pipeline: reports are committed to the store first, then extracted, then merged
 * into canonical incidents by de-duplication. Crash-safe: a report interrupted between storing and
 * extraction is completed by the next run.
 */
@NullMarked
package org.strikewatch.cli.pipeline;

import org.jspecify.annotations.NullMarked;
