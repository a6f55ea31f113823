/** Scaling benchmark of de-duplication over synthetic incident mentions. */
@NullMarked
package org.strikewatch.bench.dedupe;

import org.jspecify.annotations.NullMarked;
