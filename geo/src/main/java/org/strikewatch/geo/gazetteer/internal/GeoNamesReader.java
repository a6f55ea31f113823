package org.strikewatch.geo.gazetteer.internal;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.strikewatch.geo.gazetteer.PlaceKind;

/**
 * Reads GeoNames dumps in the 19-column tab-separated format (cities500.txt, UA.txt,
 * allCountries.txt) into a {@link LayerBuilder}: populated places and administrative divisions,
 * with their Latin and Cyrillic names. Places GeoNames files under Russia inside Crimea are given
 * the internationally recognised country, UA.
 */
public final class GeoNamesReader {

  /** What a read did. */
  public record Stats(int read, int kept, int rejected, List<String> firstProblems) {}

  private GeoNamesReader() {}

  /**
   * Reads {@code file} into {@code builder}.
   *
   * @throws IOException when the file cannot be read
   * @throws IllegalArgumentException when it is not UTF-8 or holds no GeoNames places
   */
  public static Stats read(Path file, LayerBuilder builder) throws IOException {
    int read = 0;
    int kept = 0;
    int rejected = 0;
    List<String> problems = new ArrayList<>();
    var decoder =
        StandardCharsets.UTF_8
            .newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
    try (BufferedReader r =
        new BufferedReader(new InputStreamReader(Files.newInputStream(file), decoder), 1 << 16)) {
      String line;
      List<String> names = new ArrayList<>();
      while ((line = r.readLine()) != null) {
        read++;
        if (line.isEmpty() || line.startsWith("#")) {
          continue;
        }
        String[] f = line.split("\t", -1);
        if (f.length != 19) {
          rejected++;
          if (problems.size() < 5) {
            problems.add("line " + read + ": expected 19 tab-separated columns, found " + f.length);
          }
          continue;
        }
        long id;
        double lat;
        double lon;
        long pop;
        try {
          id = Long.parseLong(f[0]);
          lat = Double.parseDouble(f[4]);
          lon = Double.parseDouble(f[5]);
          pop = f[14].isEmpty() ? 0 : Long.parseLong(f[14]);
        } catch (NumberFormatException e) {
          rejected++;
          if (problems.size() < 5) {
            problems.add("line " + read + ": bad number (" + e.getMessage() + ")");
          }
          continue;
        }
        if (lat < -90 || lat > 90 || lon < -180 || lon > 180 || f[1].isBlank()) {
          rejected++;
          if (problems.size() < 5) {
            problems.add("line " + read + ": coordinates out of range or no name");
          }
          continue;
        }
        String featureClass = f[6];
        if (!"P".equals(featureClass) && !"A".equals(featureClass)) {
          continue;
        }
        PlaceKind kind = PlaceKind.fromGeoNames(featureClass, f[7]);
        if (kind == PlaceKind.OTHER) {
          continue;
        }
        String country = f[8].isEmpty() ? null : f[8];
        String admin1 = country == null || f[10].isEmpty() ? null : country + "." + f[10];
        if ("RU".equals(country) && Crimea.contains(lat, lon)) {
          country = "UA";
          admin1 = Crimea.admin1(lat, lon);
        }
        int place = builder.add(id, f[1], lat, lon, country, admin1, kind, pop);
        names.clear();
        names.add(f[2]);
        if (!f[3].isEmpty()) {
          for (String alt : f[3].split(",")) {
            if (usable(alt)) {
              names.add(alt);
            }
          }
        }
        builder.index(place, f[1], names);
        kept++;
      }
    } catch (CharacterCodingException e) {
      throw new IllegalArgumentException(file + " is not valid UTF-8");
    }
    if (kept == 0 && rejected > 0) {
      throw new IllegalArgumentException(
          file + " is not a GeoNames dump (19 tab-separated columns): " + problems.get(0));
    }
    if (kept == 0) {
      throw new IllegalArgumentException(
          file + " holds no populated places or administrative divisions");
    }
    return new Stats(read, kept, rejected, problems);
  }

  /** A name worth indexing: Latin or Cyrillic script, not an all-capitals code like an IATA id. */
  static boolean usable(String name) {
    if (name.isBlank() || name.length() > 60) {
      return false;
    }
    boolean lower = false;
    for (int i = 0; i < name.length(); i++) {
      char c = name.charAt(i);
      if (Character.isLetter(c)) {
        boolean latin = c < 0x250 || (c >= 0x1E00 && c <= 0x1EFF);
        boolean cyrillic = c >= 0x400 && c <= 0x4FF;
        if (!latin && !cyrillic) {
          return false;
        }
        if (Character.isLowerCase(c)) {
          lower = true;
        }
      }
    }
    return lower;
  }
}
