/**
 * The gazetteer: places with names in Latin and Cyrillic scripts (GeoNames cities500, Natural Earth
 * first-level divisions, countries, the project's supplement and user-added GeoNames dumps), loaded
 * once from the compiled data directory and read-only afterwards.
 */
@NullMarked
package org.strikewatch.geo.gazetteer;

import org.jspecify.annotations.NullMarked;
