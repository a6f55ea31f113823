/**
 * Control of territory over time: the default layer the project authors, layers a user imports
 * (GeoJSON polygons with validity dates, DeepStateMap-style daily snapshots, per-place CSV), and
 * the rule that the newest applicable information wins.
 */
@NullMarked
package org.strikewatch.geo.control;

import org.jspecify.annotations.NullMarked;
