/**
 * The immutable values that travel between Strikewatch stages: reports in, extractions (incidents,
 * claims, warnings) out, with the places, time spans, estimates and evidence they are made of.
 */
@NullMarked
package org.strikewatch.model;

import org.jspecify.annotations.NullMarked;
