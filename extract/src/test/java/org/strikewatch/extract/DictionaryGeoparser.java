package org.strikewatch.extract;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.strikewatch.geo.Geography;
import org.strikewatch.geo.Geoparser;
import org.strikewatch.geo.PlaceMention;
import org.strikewatch.geo.PointInfo;
import org.strikewatch.model.Place;
import org.strikewatch.model.PlacePrecision;

/**
 * A tiny geoparser and geography for unit tests that must not depend on the gazetteer data: a
 * handful of names (and their case forms) mapped to places, matched as whole words.
 */
final class DictionaryGeoparser implements Geoparser, Geography {

  private final Map<String, Place> names = new LinkedHashMap<>();
  private final Map<String, PointInfo> points = new LinkedHashMap<>();

  DictionaryGeoparser() {
    settlement(
        "Belgorod",
        50.61,
        36.58,
        "RU",
        "Belgorod Oblast",
        "RU",
        38.4,
        "Belgorod",
        "Белгород",
        "Белгороде",
        "Бєлгород",
        "Бєлгороді");
    settlement(
        "Shebekino",
        50.41,
        36.89,
        "RU",
        "Belgorod Oblast",
        "RU",
        6.0,
        "Shebekino",
        "Шебекино",
        "Шебекине");
    settlement(
        "Vovchansk",
        50.29,
        36.94,
        "UA",
        "Kharkiv Oblast",
        "UA",
        4.5,
        "Vovchansk",
        "Волчанск",
        "Вовчанськ",
        "Вовчанську");
    settlement(
        "Kharkiv",
        49.99,
        36.23,
        "UA",
        "Kharkiv Oblast",
        "UA",
        30.0,
        "Kharkiv",
        "Харьков",
        "Харків",
        "Харкові");
    settlement("Kyiv", 50.45, 30.52, "UA", "Kyiv City", "UA", 90.0, "Kyiv", "Киев", "Київ");
    settlement("Donetsk", 48.0, 37.8, "UA", "Donetsk Oblast", "RU", 100.0, "Donetsk");
    region("Kharkiv Oblast", "UA", "Kharkiv region", "Харківщина", "Харьковская область");
    region("Belgorod Oblast", "RU", "Белгородская область", "Белгородской области");
    country("Ukraine", "UA", "Ukraine");
    country("Russia", "RU", "Russia");
  }

  private void settlement(
      String name,
      double lat,
      double lon,
      String cc,
      String admin1,
      String holder,
      double border,
      String... forms) {
    Place p =
        Place.builder()
            .name(name)
            .coordinates(lat, lon)
            .country(cc)
            .admin1(admin1)
            .precision(PlacePrecision.SETTLEMENT)
            .build();
    for (String f : forms) {
      names.put(f, p);
    }
    points.put(lat + "," + lon, new PointInfo(cc, admin1, holder, border, "RU-UA"));
  }

  private void region(String name, String cc, String... forms) {
    Place p =
        Place.builder()
            .name(name)
            .country(cc)
            .admin1(name)
            .precision(PlacePrecision.REGION)
            .build();
    for (String f : forms) {
      names.put(f, p);
    }
  }

  private void country(String name, String cc, String... forms) {
    Place p = Place.builder().name(name).country(cc).precision(PlacePrecision.COUNTRY).build();
    for (String f : forms) {
      names.put(f, p);
    }
  }

  @Override
  public List<PlaceMention> parse(String text, String language) {
    List<PlaceMention> out = new ArrayList<>();
    int i = 0;
    while (i < text.length()) {
      String best = null;
      if (Character.isLetter(text.charAt(i))
          && (i == 0 || !Character.isLetter(text.charAt(i - 1)))) {
        for (String n : names.keySet()) {
          int e = i + n.length();
          if (text.startsWith(n, i)
              && (e >= text.length() || !Character.isLetter(text.charAt(e)))
              && (best == null || n.length() > best.length())) {
            best = n;
          }
        }
      }
      if (best == null) {
        i++;
        continue;
      }
      out.add(new PlaceMention(i, i + best.length(), names.get(best).withText(best), 0.9));
      i += best.length();
    }
    return out;
  }

  @Override
  public PointInfo describe(double lat, double lon, java.time.LocalDate on) {
    PointInfo p = points.get(lat + "," + lon);
    return p != null ? p : new PointInfo(null, null, null, null, null);
  }

  static String lower(String s) {
    return s.toLowerCase(Locale.ROOT);
  }
}
