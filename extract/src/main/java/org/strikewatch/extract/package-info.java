/**
 * Incident and claim extraction: a report in, the strikes it states (when, where, weapons, who
 * fired, casualties, evacuations, own-territory, border distance, sources) and its count claims
 * out, every field linked to the words it came from.
 */
@NullMarked
package org.strikewatch.extract;

import org.jspecify.annotations.NullMarked;
