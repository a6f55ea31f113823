package org.strikewatch.geo.gazetteer.internal;

/**
 * The Crimean peninsula and Sevastopol, internationally recognised as Ukraine (UA.11 Autonomous
 * Republic of Crimea, UA.20 Sevastopol), by bounding boxes.
 */
final class Crimea {
  private Crimea() {}

  static boolean contains(double lat, double lon) {
    return lat >= 44.35
        && lat <= 46.25
        && lon >= 32.45
        && lon <= 36.65
        && !(lat > 45.9 && lon > 34.9);
  }

  static String admin1(double lat, double lon) {
    boolean sevastopol = lat >= 44.38 && lat <= 44.85 && lon >= 33.35 && lon <= 33.95;
    return sevastopol ? "UA.20" : "UA.11";
  }
}
