package org.strikewatch.geo;

import org.jspecify.annotations.Nullable;

/**
 * What {@link Geography} knows of a point: internationally recognised country (ISO alpha-2),
 * first-level division (English), who held it on the date asked (ISO alpha-2, or "CONTESTED"),
 * geodesic distance to the nearest international land border in km and which border ("RU-UA").
 */
public record PointInfo(
    @Nullable String country,
    @Nullable String admin1,
    @Nullable String controlledBy,
    @Nullable Double borderDistanceKm,
    @Nullable String nearestBorder) {}
