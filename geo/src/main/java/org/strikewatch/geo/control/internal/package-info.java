/** Parsing of control-layer files into time-bounded features. */
@NullMarked
package org.strikewatch.geo.control.internal;

import org.jspecify.annotations.NullMarked;
