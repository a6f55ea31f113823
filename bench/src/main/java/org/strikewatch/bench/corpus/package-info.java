/**
 * A deterministic generator of realistic reports in English, Russian and Ukrainian, each with its
 * own ground truth, for benchmarks and large-scale tests.
 */
@NullMarked
package org.strikewatch.bench.corpus;

import org.jspecify.annotations.NullMarked;
