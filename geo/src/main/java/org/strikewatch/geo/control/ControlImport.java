package org.strikewatch.geo.control;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.strikewatch.geo.control.internal.ControlGeoJson;

/**
 * Imports a control layer into {@code DATA/control}, checked and normalised:
 *
 * <ul>
 *   <li>GeoJSON whose features carry validFrom (and optionally validTo, holder): stored as is;
 *   <li>GeoJSON without dates, such as a DeepStateMap daily export: a snapshot of the territory
 *       Russia held in Ukraine on the day given by a top-level {@code date}, or the date in the
 *       file name ({@code deepstatemap_data_20240801.geojson}); valid until the next snapshot;
 *   <li>CSV with header {@code place_id,date,status} (optional {@code lat,lon,radius_km}): each row
 *       says who held the place from that date until the next row of the same place; places are
 *       located by {@code lat,lon} or through the gazetteer.
 * </ul>
 *
 * Re-importing the same content does nothing. Files are written to a temporary name and renamed.
 */
public final class ControlImport {

  /** What an import did. */
  public record Result(String storedAs, String kind, int features, boolean alreadyImported) {}

  static final double DEFAULT_PLACE_RADIUS_KM = 2.5;
  private static final Pattern DATE_IN_NAME =
      Pattern.compile("(?<!\\d)(\\d{4})-?(\\d{2})-?(\\d{2})(?!\\d)");

  private ControlImport() {}

  public static Result importFile(Path file, Path dataDir, PlaceLocator places) {
    if (!Files.exists(file)) {
      throw new IllegalArgumentException("control file not found: " + file);
    }
    if (!Files.isRegularFile(file)) {
      throw new IllegalArgumentException("control file is not a regular file: " + file);
    }
    byte[] bytes;
    try {
      bytes = Files.readAllBytes(file);
    } catch (IOException e) {
      throw new IllegalArgumentException(
          "cannot read control file " + file + ": " + e.getMessage());
    }
    if (bytes.length == 0) {
      throw new IllegalArgumentException("control file is empty: " + file);
    }
    String text;
    try {
      text = StandardCharsets.UTF_8.newDecoder().decode(java.nio.ByteBuffer.wrap(bytes)).toString();
    } catch (CharacterCodingException e) {
      throw new IllegalArgumentException("control file is not UTF-8 text: " + file);
    }
    String sha = sha256(bytes);
    Path dir = dataDir.resolve(ControlLayers.DIR);
    for (Path stored : ControlLayers.storedFiles(dir)) {
      JsonNode h = readQuietly(stored).path("strikewatch");
      if (sha.equals(h.path("sha256").asText())) {
        return new Result(
            stored.getFileName().toString(),
            h.path("kind").asText(),
            h.path("features").asInt(),
            true);
      }
    }
    String fileName = file.getFileName().toString();
    ObjectNode out;
    if (fileName.toLowerCase(Locale.ROOT).endsWith(".csv")) {
      out = fromCsv(text, fileName, places);
    } else {
      out = fromGeoJson(text, fileName);
    }
    ObjectNode header = (ObjectNode) out.get("strikewatch");
    header.put("source", fileName);
    header.put("sha256", sha);
    header.put("features", out.path("features").size());
    String stem = fileName.replaceAll("\\.[^.]*$", "").replaceAll("[^A-Za-z0-9_.-]", "_");
    try {
      Files.createDirectories(dir);
      int next = ControlLayers.storedFiles(dir).size() + 1;
      Path target = dir.resolve(String.format(Locale.ROOT, "%04d-%s.geojson", next, stem));
      while (Files.exists(target)) {
        next++;
        target = dir.resolve(String.format(Locale.ROOT, "%04d-%s.geojson", next, stem));
      }
      Path tmp = dir.resolve("." + target.getFileName() + ".tmp");
      Files.write(tmp, ControlLayers.JSON.writeValueAsBytes(out));
      Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE);
      return new Result(
          target.getFileName().toString(),
          header.path("kind").asText(),
          out.path("features").size(),
          false);
    } catch (IOException e) {
      throw new UncheckedIOException(
          "cannot store control layer under " + dir + ": " + e.getMessage(), e);
    }
  }

  private static ObjectNode fromGeoJson(String text, String fileName) {
    JsonNode root;
    try {
      root = ControlLayers.JSON.readTree(text);
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException(
          fileName
              + " is not valid JSON: "
              + e.getOriginalMessage().replaceAll(" \\(for .*", "")
              + " (line "
              + e.getLocation().getLineNr()
              + ")");
    }
    if (root == null || !root.isObject()) {
      throw new IllegalArgumentException(fileName + ": not a GeoJSON FeatureCollection");
    }
    JsonNode features = root.path("features");
    boolean dated = false;
    boolean undated = false;
    for (JsonNode f : features) {
      JsonNode p = f.path("properties");
      if (p.hasNonNull("validFrom") || p.hasNonNull("valid_from")) {
        dated = true;
      } else {
        undated = true;
      }
    }
    ObjectNode out = ControlLayers.JSON.createObjectNode();
    out.put("type", "FeatureCollection");
    ObjectNode header = out.putObject("strikewatch");
    LocalDate day = null;
    if (undated) {
      day = snapshotDay(root, fileName);
      header.put("kind", "snapshot").put("date", day.toString()).put("scope", "UA");
      if (dated) {
        throw new IllegalArgumentException(
            fileName + ": some features have validFrom and some do not; give every feature one");
      }
    } else {
      header.put("kind", "features");
    }
    // Checks every feature (throws with the feature's number on a problem).
    ControlGeoJson.features(root, fileName, day, null, iso -> Optional.empty());
    out.set("features", features.deepCopy());
    return out;
  }

  private static LocalDate snapshotDay(JsonNode root, String fileName) {
    for (String key : List.of("date", "validFrom")) {
      JsonNode v = root.get(key);
      if (v == null) {
        v = root.path("properties").get(key);
      }
      if (v != null && v.isTextual()) {
        try {
          return LocalDate.parse(v.asText());
        } catch (DateTimeParseException e) {
          throw new IllegalArgumentException(
              fileName + ": " + key + " must be an ISO date but was \"" + v.asText() + "\"");
        }
      }
    }
    Matcher m = DATE_IN_NAME.matcher(fileName);
    if (m.find()) {
      try {
        return LocalDate.of(
            Integer.parseInt(m.group(1)),
            Integer.parseInt(m.group(2)),
            Integer.parseInt(m.group(3)));
      } catch (java.time.DateTimeException e) {
        throw new IllegalArgumentException(
            fileName + ": the date in the file name is not a real date: " + m.group());
      }
    }
    throw new IllegalArgumentException(
        fileName
            + ": features have no validFrom and the file has no date; add validFrom to the"
            + " features or a date to the file name (e.g. snapshot_20240801.geojson)");
  }

  private static ObjectNode fromCsv(String text, String fileName, PlaceLocator places) {
    String[] lines = text.split("\r?\n");
    String[] head = lines[0].replace("\uFEFF", "").split(",", -1);
    Map<String, Integer> col = new LinkedHashMap<>();
    for (int i = 0; i < head.length; i++) {
      col.put(head[i].trim().toLowerCase(Locale.ROOT), i);
    }
    for (String need : List.of("place_id", "date", "status")) {
      if (!col.containsKey(need)) {
        throw new IllegalArgumentException(
            fileName + " line 1: the header must name place_id,date,status (missing " + need + ")");
      }
    }
    record Row(String id, LocalDate date, String status, PlaceLocator.Point at, double km) {}
    Map<String, List<Row>> byPlace = new LinkedHashMap<>();
    for (int ln = 1; ln < lines.length; ln++) {
      if (lines[ln].isBlank()) {
        continue;
      }
      String where = fileName + " line " + (ln + 1);
      String[] c = lines[ln].split(",", -1);
      String id = cell(c, col.get("place_id"));
      if (id == null) {
        throw new IllegalArgumentException(where + ": place_id is empty");
      }
      String d = cell(c, col.get("date"));
      LocalDate date;
      try {
        date = LocalDate.parse(d == null ? "" : d);
      } catch (DateTimeParseException e) {
        throw new IllegalArgumentException(
            where + ": date must be YYYY-MM-DD but was \"" + (d == null ? "" : d) + "\"");
      }
      String status;
      try {
        status = ControlFeature.checkHolder(cell(c, col.get("status")));
      } catch (IllegalArgumentException e) {
        throw new IllegalArgumentException(where + ": " + e.getMessage());
      }
      String lat = cell(c, col.get("lat"));
      String lon = cell(c, col.get("lon"));
      PlaceLocator.Point at;
      try {
        at =
            lat != null && lon != null
                ? new PlaceLocator.Point(Double.parseDouble(lat), Double.parseDouble(lon))
                : places
                    .locate(id)
                    .orElseThrow(
                        () ->
                            new IllegalArgumentException(
                                "unknown place id \"" + id + "\"; give lat,lon columns"));
      } catch (NumberFormatException e) {
        throw new IllegalArgumentException(where + ": lat/lon are not numbers: " + lat + "," + lon);
      } catch (IllegalArgumentException e) {
        throw new IllegalArgumentException(where + ": " + e.getMessage());
      }
      String r = cell(c, col.get("radius_km"));
      double km;
      try {
        km = r == null ? DEFAULT_PLACE_RADIUS_KM : Double.parseDouble(r);
      } catch (NumberFormatException e) {
        throw new IllegalArgumentException(where + ": radius_km is not a number: " + r);
      }
      if (!(km > 0 && km <= 100)) {
        throw new IllegalArgumentException(where + ": radius_km must be in (0, 100]: " + r);
      }
      byPlace.computeIfAbsent(id, k -> new ArrayList<>()).add(new Row(id, date, status, at, km));
    }
    if (byPlace.isEmpty()) {
      throw new IllegalArgumentException(fileName + ": no rows after the header");
    }
    ObjectNode out = ControlLayers.JSON.createObjectNode();
    out.put("type", "FeatureCollection");
    out.putObject("strikewatch").put("kind", "places");
    ArrayNode fs = out.putArray("features");
    for (List<Row> rows : byPlace.values()) {
      rows.sort(java.util.Comparator.comparing(Row::date));
      for (int i = 0; i < rows.size(); i++) {
        Row row = rows.get(i);
        @Nullable LocalDate to = null;
        for (int j = i + 1; j < rows.size(); j++) {
          if (rows.get(j).date().isAfter(row.date())) {
            to = rows.get(j).date();
            break;
          }
        }
        ObjectNode f = fs.addObject();
        f.put("type", "Feature");
        ObjectNode g = f.putObject("geometry");
        g.put("type", "Point");
        g.putArray("coordinates").add(row.at().lon()).add(row.at().lat());
        ObjectNode p = f.putObject("properties");
        p.put("name", row.id())
            .put("holder", row.status())
            .put("validFrom", row.date().toString())
            .put("radiusKm", row.km());
        if (to != null) {
          p.put("validTo", to.toString());
        }
      }
    }
    return out;
  }

  private static @Nullable String cell(String[] c, @Nullable Integer i) {
    if (i == null || i >= c.length) {
      return null;
    }
    String s = c[i].trim();
    if (s.length() >= 2 && s.startsWith("\"") && s.endsWith("\"")) {
      s = s.substring(1, s.length() - 1).trim();
    }
    return s.isEmpty() ? null : s;
  }

  private static JsonNode readQuietly(Path p) {
    try {
      return ControlLayers.JSON.readTree(p.toFile());
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read control layer " + p + ": " + e.getMessage(), e);
    }
  }

  private static String sha256(byte[] bytes) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
