/**
 * Geoparsing evaluation on GeoWebNews, LGL, TR-News and GeoVirus: toponym recognition P/R/F1 (exact
 * and overlapping spans) and resolution given gold spans (accuracy within 161 km, median error).
 */
@NullMarked
package org.strikewatch.eval.geo;

import org.jspecify.annotations.NullMarked;
