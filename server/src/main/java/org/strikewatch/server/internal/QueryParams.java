package org.strikewatch.server.internal;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.strikewatch.model.Weapon;
import org.strikewatch.store.query.BoundingBox;
import org.strikewatch.store.query.Circle;
import org.strikewatch.store.query.IncidentFilter;

/**
 * Query parameters of one request, checked against the names an endpoint accepts. Names match
 * case-insensitively and ignore '-' and '_', so {@code launchedBy}, {@code launched-by} and {@code
 * launched_by} are one parameter. Unknown names, repeated single-valued names and bad values become
 * 400 answers naming the parameter.
 */
public final class QueryParams {

  /** The filter parameters every listing-like endpoint accepts. */
  public static final List<String> FILTER_NAMES =
      List.of(
          "from",
          "to",
          "country",
          "admin1",
          "near",
          "bbox",
          "weapon",
          "launchedBy",
          "ownTerritory",
          "minKilled",
          "source",
          "text");

  private final Map<String, List<String>> values = new HashMap<>();

  private QueryParams() {}

  /** Checks {@code raw} against the accepted names (canonical spellings). */
  public static QueryParams of(Map<String, List<String>> raw, List<String> accepted) {
    Map<String, String> canonical = new HashMap<>();
    for (String a : accepted) {
      canonical.put(key(a), a);
    }
    QueryParams p = new QueryParams();
    for (Map.Entry<String, List<String>> e : raw.entrySet()) {
      String name = canonical.get(key(e.getKey()));
      if (name == null) {
        throw ApiError.badRequest(
            "unknown_parameter",
            "unknown query parameter \""
                + e.getKey()
                + "\"; this endpoint accepts: "
                + String.join(", ", accepted),
            e.getKey());
      }
      p.values.computeIfAbsent(name, k -> new ArrayList<>()).addAll(e.getValue());
    }
    return p;
  }

  private static String key(String name) {
    return name.replace("-", "").replace("_", "").toLowerCase(Locale.ROOT);
  }

  /** The single value of a parameter, or null when absent or empty. */
  public @Nullable String get(String name) {
    List<String> v = values.get(name);
    if (v == null || v.isEmpty()) {
      return null;
    }
    if (v.size() > 1) {
      throw ApiError.badRequest(
          "repeated_parameter", "parameter \"" + name + "\" is given " + v.size() + " times", name);
    }
    String s = v.get(0).trim();
    return s.isEmpty() ? null : s;
  }

  /** A required single value. */
  public String require(String name) {
    String v = get(name);
    if (v == null) {
      throw ApiError.badRequest(
          "missing_parameter", "parameter \"" + name + "\" is required", name);
    }
    return v;
  }

  /** An integer in [min, max], or {@code fallback} when absent. */
  public int integer(String name, int fallback, int min, int max) {
    String v = get(name);
    if (v == null) {
      return fallback;
    }
    try {
      int n = Integer.parseInt(v);
      if (n < min || n > max) {
        throw ApiError.badRequest(
            "bad_value", name + " must be between " + min + " and " + max + " but was " + n, name);
      }
      return n;
    } catch (NumberFormatException e) {
      throw ApiError.badRequest(
          "bad_value", name + " must be an integer but was \"" + v + "\"", name);
    }
  }

  /** An ISO date (YYYY-MM-DD), or null when absent. */
  public @Nullable LocalDate date(String name) {
    String v = get(name);
    if (v == null) {
      return null;
    }
    try {
      return LocalDate.parse(v);
    } catch (DateTimeParseException e) {
      throw ApiError.badRequest(
          "bad_date", name + " must be an ISO date (YYYY-MM-DD) but was \"" + v + "\"", name);
    }
  }

  /** Runs a parse that throws IllegalArgumentException, turning it into a 400 for {@code name}. */
  public <T> @Nullable T parse(String name, java.util.function.Function<String, T> parser) {
    String v = get(name);
    if (v == null) {
      return null;
    }
    try {
      return parser.apply(v);
    } catch (IllegalArgumentException e) {
      throw ApiError.badRequest("bad_value", e.getMessage(), name);
    }
  }

  /** The incident filter from the filter parameters. */
  public IncidentFilter filter() {
    IncidentFilter.Builder b = IncidentFilter.builder();
    b.from(date("from")).to(date("to"));
    String country = get("country");
    if (country != null && !country.matches("[A-Za-z]{2}")) {
      throw ApiError.badRequest(
          "bad_value",
          "country must be an ISO 3166-1 alpha-2 code but was \"" + country + "\"",
          "country");
    }
    b.country(country);
    b.admin1(get("admin1"));
    b.near(parse("near", Circle::parse));
    b.bbox(parse("bbox", BoundingBox::parse));
    b.weapons(weapons());
    String launchedBy = get("launchedBy");
    if (launchedBy != null && !launchedBy.matches("[A-Za-z]{2}")) {
      throw ApiError.badRequest(
          "bad_value",
          "launchedBy must be an ISO 3166-1 alpha-2 code but was \"" + launchedBy + "\"",
          "launchedBy");
    }
    b.launchedBy(launchedBy);
    b.ownTerritory(bool("ownTerritory"));
    String minKilled = get("minKilled");
    if (minKilled != null) {
      b.minKilled(integer("minKilled", 0, 0, Integer.MAX_VALUE));
    }
    b.source(get("source"));
    b.text(get("text"));
    try {
      return b.build();
    } catch (IllegalArgumentException e) {
      throw ApiError.badRequest("bad_value", e.getMessage(), null);
    }
  }

  private Set<Weapon> weapons() {
    List<String> raw = values.get("weapon");
    Set<Weapon> out = EnumSet.noneOf(Weapon.class);
    if (raw == null) {
      return out;
    }
    Set<String> codes = new LinkedHashSet<>();
    for (String r : raw) {
      for (String part : r.split(",")) {
        if (!part.isBlank()) {
          codes.add(part.trim().toLowerCase(Locale.ROOT).replace('-', '_'));
        }
      }
    }
    for (String code : codes) {
      try {
        out.add(Weapon.fromCode(code));
      } catch (IllegalArgumentException e) {
        List<String> known = new ArrayList<>();
        for (Weapon w : Weapon.values()) {
          known.add(w.code());
        }
        throw ApiError.badRequest(
            "bad_value",
            "unknown weapon \"" + code + "\"; known: " + String.join(", ", known),
            "weapon");
      }
    }
    return out;
  }

  private @Nullable Boolean bool(String name) {
    String v = get(name);
    if (v == null) {
      return null;
    }
    switch (v.toLowerCase(Locale.ROOT)) {
      case "true":
      case "1":
      case "yes":
        return true;
      case "false":
      case "0":
      case "no":
        return false;
      default:
        throw ApiError.badRequest(
            "bad_value", name + " must be true or false but was \"" + v + "\"", name);
    }
  }
}
