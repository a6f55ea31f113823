/** Geoparser internals: tokens, candidate spans, word lists and the resolver's scoring. */
@NullMarked
package org.strikewatch.geo.parse.internal;

import org.jspecify.annotations.NullMarked;
