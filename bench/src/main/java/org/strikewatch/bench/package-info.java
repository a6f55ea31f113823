/** Performance harness: throughput, latency, start-up and memory of the stages, measured. */
@NullMarked
package org.strikewatch.bench;

import org.jspecify.annotations.NullMarked;
