/**
 * Compiled boundary data: the compiler that turns Natural Earth admin-1 GeoJSON and world-atlas
 * TopoJSON into the compact runtime files, their codec, and the spatial indexes used at run time.
 */
@NullMarked
package org.strikewatch.geo.boundary.internal;

import org.jspecify.annotations.NullMarked;
