/** Gazetteer, geoparser, countries and first-level divisions, border distance, control layers. */
@NullMarked
package org.strikewatch.geo;

import org.jspecify.annotations.NullMarked;
