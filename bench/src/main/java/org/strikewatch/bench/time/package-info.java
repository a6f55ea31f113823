/** Throughput measurement of the temporal tagger (a plain main, no JMH). */
@NullMarked
package org.strikewatch.bench.time;

import org.jspecify.annotations.NullMarked;
