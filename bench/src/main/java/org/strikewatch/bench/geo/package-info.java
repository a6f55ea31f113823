/** Geoparsing performance: gazetteer load time, geoparse throughput, heap of the gazetteer. */
@NullMarked
package org.strikewatch.bench.geo;

import org.jspecify.annotations.NullMarked;
