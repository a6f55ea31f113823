/** Gazetteer internals: name keys, the compact binary layer format, the compiler and loaders. */
@NullMarked
package org.strikewatch.geo.gazetteer.internal;

import org.jspecify.annotations.NullMarked;
