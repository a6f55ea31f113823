/** Benchmark harness: scores Strikewatch stages against the public corpora in ../shared. */
@NullMarked
package org.strikewatch.eval;

import org.jspecify.annotations.NullMarked;
