/** Temporal expressions in English, Russian and Ukrainian, resolved to date intervals. */
@NullMarked
package org.strikewatch.time;

import org.jspecify.annotations.NullMarked;
