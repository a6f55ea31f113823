/** The geoparser: finds place mentions in EN/RU/UK text and resolves them with the gazetteer. */
@NullMarked
package org.strikewatch.geo.parse;

import org.jspecify.annotations.NullMarked;
