package org.strikewatch.bench.corpus;

/** A real place the generator writes about, with its names in three languages. */
public record GenPlace(String en, String ru, String uk, double lat, double lon, String country) {

  public GenPlace {
    if (lat < -90 || lat > 90) {
      throw new IllegalArgumentException("latitude out of range: " + lat);
    }
    if (lon < -180 || lon > 180) {
      throw new IllegalArgumentException("longitude out of range: " + lon);
    }
  }

  /** The name in the given language ("en", "ru" or "uk"). */
  public String name(String language) {
    return switch (language) {
      case "ru" -> ru;
      case "uk" -> uk;
      default -> en;
    };
  }
}
