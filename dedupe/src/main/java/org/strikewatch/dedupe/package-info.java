/**
 * De-duplication: incident mentions from different reports that describe the same strike are
 * clustered and merged into one canonical incident that keeps every source and every disagreement.
 * Pure and deterministic: the result depends on the set of mentions, never on the order they arrive
 * in.
 */
@NullMarked
package org.strikewatch.dedupe;

import org.jspecify.annotations.NullMarked;
