package org.strikewatch.geo.gazetteer.internal;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.strikewatch.geo.gazetteer.PlaceKind;

/**
 * The layer built at load time from the project's own tables (resources): countries and large
 * areas, extra names of the divisions of Ukraine and its Russian neighbours, and the supplement of
 * frontline settlements ({@code org/strikewatch/geo/supplement.tsv}).
 */
public final class BuiltinLayer {
  /** The built layer, demonym keys → place index, ISO code → country place index. */
  public record Built(Layer layer, Map<String, Integer> demonyms, Map<String, Integer> countries) {}

  static final String COUNTRIES = "/org/strikewatch/geo/gazetteer/countries.tsv";
  static final String REGIONS = "/org/strikewatch/geo/gazetteer/regions.tsv";
  static final String SUPPLEMENT = "/org/strikewatch/geo/supplement.tsv";

  private BuiltinLayer() {}

  /**
   * Builds the layer.
   *
   * @param admin1Names code → English name; divisions named in regions.tsv are added when absent
   * @param fileLayers the compiled layers, whose admin-1 places lend their ids and points
   */
  public static Built build(Map<String, String> admin1Names, List<Layer> fileLayers) {
    LayerBuilder b = new LayerBuilder("builtin:");
    Map<String, Integer> demonyms = new HashMap<>();
    Map<String, Integer> countries = new HashMap<>();
    for (String[] f : rows(COUNTRIES, 7)) {
      boolean country = f[1].equals("C");
      String code = f[0].equals("-") ? null : f[0];
      int place =
          b.add(
              0,
              f[2],
              Double.parseDouble(f[3]),
              Double.parseDouble(f[4]),
              code,
              null,
              country ? PlaceKind.COUNTRY : PlaceKind.AREA,
              0);
      b.explicitId(
          place, country ? "country:" + code : "area:" + NameKeys.key(f[2]).replace(' ', '-'));
      b.index(place, f[2], split(f[5]));
      if (country) {
        countries.putIfAbsent(code, place);
      }
      for (String d : split(f[6])) {
        String k = NameKeys.key(d);
        demonyms.putIfAbsent(k, place);
        if (NameKeys.isCyrillic(k)) {
          demonyms.putIfAbsent(NameKeys.stemKey(k), place);
        }
      }
    }
    Map<String, int[]> fileAdmin1 = fileAdmin1(fileLayers);
    for (String[] f : rows(REGIONS, 6)) {
      String code = f[0];
      if (!f[2].equals("-")) {
        admin1Names.put(code, f[2]); // the table's English names win (Odesa Oblast, not Odessa)
      }
      int[] at = fileAdmin1.get(code);
      if (at == null && f[3].equals("-")) {
        continue; // names only: the division comes from the compiled data
      }
      double lat = at == null ? Double.parseDouble(f[3]) : 0;
      double lon = at == null ? Double.parseDouble(f[4]) : 0;
      String id = "admin1:" + code;
      if (at != null) {
        Layer l = fileLayers.get(at[0]);
        lat = l.lat(at[1]);
        lon = l.lon(at[1]);
        id = l.idString(at[1]);
      }
      String name = f[2].equals("-") ? fileLayers.get(at[0]).name(at[1]) : f[2];
      int place = b.add(0, name, lat, lon, f[1], code, PlaceKind.ADMIN1, 0);
      b.explicitId(place, id);
      List<String> names = new ArrayList<>();
      for (String n : split(f[5])) {
        if (n.endsWith(".")) {
          b.indexKey(place, abbreviationKey(n));
        } else {
          names.add(n);
        }
      }
      b.index(place, name, names);
    }
    Map<String, String> codeByName = new HashMap<>();
    admin1Names.forEach((code, name) -> codeByName.putIfAbsent(NameKeys.key(name), code));
    for (String[] f : rows(SUPPLEMENT, 11)) {
      String admin1 = f[8].isBlank() ? null : codeByName.getOrDefault(NameKeys.key(f[8]), null);
      if (admin1 == null && !f[8].isBlank()) {
        admin1 = "name:" + f[8];
      }
      long pop = f[10].isBlank() ? 0 : Long.parseLong(f[10].trim());
      int place =
          b.add(
              0,
              f[1],
              Double.parseDouble(f[5]),
              Double.parseDouble(f[6]),
              f[7],
              admin1,
              PlaceKind.fromGeoNames("P", f[9].isBlank() ? "PPL" : f[9]),
              pop);
      b.explicitId(place, f[0]);
      List<String> names = new ArrayList<>();
      names.add(f[2]);
      names.add(f[3]);
      names.addAll(split(f[4]));
      b.index(place, f[1], names);
    }
    return new Built(b.build(), demonyms, countries);
  }

  /**
   * The key under which an abbreviation with a final period (Tenn., N.Y.) is indexed: looked up
   * only when the text has the period too.
   */
  public static String abbreviationKey(String abbreviation) {
    return "abbr " + NameKeys.key(abbreviation);
  }

  private static Map<String, int[]> fileAdmin1(List<Layer> fileLayers) {
    Map<String, int[]> out = new HashMap<>();
    for (int li = 0; li < fileLayers.size(); li++) {
      Layer l = fileLayers.get(li);
      for (int i = 0; i < l.size(); i++) {
        if (l.kind(i) == PlaceKind.ADMIN1) {
          String code = l.admin1Code(i);
          if (code != null) {
            out.putIfAbsent(code, new int[] {li, i});
          }
        }
      }
    }
    return out;
  }

  private static List<String> split(String list) {
    List<String> out = new ArrayList<>();
    for (String s : list.split(",")) {
      if (!s.isBlank()) {
        out.add(s.trim());
      }
    }
    return out;
  }

  /** Rows of a tab-separated resource, without comments and the header line. */
  static List<String[]> rows(String resource, int columns) {
    List<String[]> out = new ArrayList<>();
    try (InputStream in = BuiltinLayer.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + resource);
      }
      BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      String line;
      boolean header = true;
      int n = 0;
      while ((line = r.readLine()) != null) {
        n++;
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        if (header) {
          header = false;
          continue;
        }
        String[] f = line.split("\t", -1);
        if (f.length < columns) {
          throw new IllegalStateException(
              resource + " line " + n + ": expected " + columns + " columns, found " + f.length);
        }
        out.add(Arrays.copyOf(f, columns));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out;
  }
}
