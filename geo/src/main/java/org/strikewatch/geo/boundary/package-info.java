/**
 * Countries and first-level divisions (Natural Earth admin-1, corrected to internationally
 * recognised countries by ISO 3166-2 code), distance to the nearest international land border, and
 * the {@link org.strikewatch.geo.Geography} that combines them with control layers.
 */
@NullMarked
package org.strikewatch.geo.boundary;

import org.jspecify.annotations.NullMarked;
