/**
 * Query and REST performance harness: bulk-generates synthetic incidents into a database and
 * measures query latency percentiles.
 */
@NullMarked
package org.strikewatch.bench.querydb;

import org.jspecify.annotations.NullMarked;
