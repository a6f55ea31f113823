/**
 * JMH microbenchmarks of the hot paths. Run with {@code java -cp cli/target/strikewatch.jar
 * org.openjdk.jmh.Main} (see docs/performance.md).
 */
@NullMarked
package org.strikewatch.bench.jmh;

import org.jspecify.annotations.NullMarked;
