package org.strikewatch.geo.parse;

import java.util.Set;

/**
 * Options of the geoparser. The region of interest breaks ties between equally likely places:
 * countries (ISO alpha-2) and first-level divisions (GeoNames admin-1 codes such as {@code RU.09}).
 */
public record GeoparserOptions(Set<String> roiCountries, Set<String> roiAdmin1) {

  public GeoparserOptions {
    roiCountries = Set.copyOf(roiCountries);
    roiAdmin1 = Set.copyOf(roiAdmin1);
  }

  /**
   * Ukraine and the Russian regions bordering it (Belgorod, Kursk, Bryansk, Voronezh, Rostov
   * oblasts, Krasnodar krai).
   */
  public static GeoparserOptions defaults() {
    return new GeoparserOptions(
        Set.of("UA"), Set.of("RU.09", "RU.41", "RU.10", "RU.86", "RU.61", "RU.38"));
  }

  /** No region of interest: ties are broken by population alone. */
  public static GeoparserOptions worldwide() {
    return new GeoparserOptions(Set.of(), Set.of());
  }
}
