package org.strikewatch.geo.gazetteer;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.strikewatch.geo.gazetteer.internal.BuiltinLayer;
import org.strikewatch.geo.gazetteer.internal.Layer;
import org.strikewatch.geo.gazetteer.internal.LayerFile;
import org.strikewatch.geo.gazetteer.internal.NameKeys;

/**
 * The loaded gazetteer. Places are addressed by an int reference (layer and index); names are
 * looked up by key ({@link #key}). Layers, highest priority first: the built-in layer (countries,
 * extra names of divisions, the project's supplement of frontline settlements), the base layer
 * compiled from GeoNames cities500 and Natural Earth admin-1, then GeoNames dumps the user added.
 * Immutable and thread-safe after {@link #load}.
 */
public final class Gazetteer {
  /** The base layer's file under the data directory. */
  public static final String BASE_FILE = "geo/gazetteer.bin";

  /** The folder of user-added layers (one file per added dump). */
  public static final String EXTRA_DIR = "geo/gazetteer-extra";

  private static final int LAYER_SHIFT = 24;
  private static final int LOCAL_MASK = (1 << LAYER_SHIFT) - 1;
  private static final double SAME_PLACE_KM = 10;

  private final Layer[] layers;
  private final Map<String, String> admin1Names;
  private final Map<String, Integer> demonyms;
  private final Map<String, Integer> countries;

  private Gazetteer(
      Layer[] layers,
      Map<String, String> admin1Names,
      Map<String, Integer> demonyms,
      Map<String, Integer> countries) {
    this.layers = layers;
    this.admin1Names = admin1Names;
    this.demonyms = demonyms;
    this.countries = countries;
  }

  /**
   * The data directory: system property {@code strikewatch.data}, else environment variable {@code
   * STRIKEWATCH_DATA}.
   *
   * @throws IllegalStateException when neither is set
   */
  public static Path dataDir() {
    String dir = System.getProperty("strikewatch.data");
    if (dir == null || dir.isBlank()) {
      dir = System.getenv("STRIKEWATCH_DATA");
    }
    if (dir == null || dir.isBlank()) {
      throw new IllegalStateException(
          "the data directory is not set: set STRIKEWATCH_DATA or -Dstrikewatch.data");
    }
    return Path.of(dir);
  }

  /** True when {@code dataDir} holds a compiled gazetteer. */
  public static boolean isInstalled(Path dataDir) {
    return Files.isRegularFile(dataDir.resolve(BASE_FILE));
  }

  /**
   * Loads the gazetteer from a data directory set up by {@code scripts/setup-data.sh}.
   *
   * @throws IOException when the compiled files are missing or unreadable
   */
  public static Gazetteer load(Path dataDir) throws IOException {
    Path base = dataDir.resolve(BASE_FILE);
    if (!Files.isRegularFile(base)) {
      throw new IOException(
          "no gazetteer at "
              + base
              + "; run ./strikewatch once (or scripts/setup-data.sh) to set up the data");
    }
    List<Layer> fileLayers = new ArrayList<>();
    Map<String, String> admin1 = new LinkedHashMap<>();
    LayerFile.Loaded loaded = LayerFile.read(base);
    fileLayers.add(loaded.layer());
    admin1.putAll(loaded.admin1Names());
    Path extra = dataDir.resolve(EXTRA_DIR);
    if (Files.isDirectory(extra)) {
      List<Path> files = new ArrayList<>();
      try (DirectoryStream<Path> ds = Files.newDirectoryStream(extra, "*.bin")) {
        ds.forEach(files::add);
      }
      files.sort(null);
      for (Path f : files) {
        fileLayers.add(LayerFile.read(f).layer());
      }
    }
    return fromLayers(fileLayers, admin1);
  }

  /** Builds a gazetteer from already-built layers plus the built-in layer (tests, tools). */
  public static Gazetteer fromLayers(List<Layer> fileLayers, Map<String, String> admin1Names) {
    if (fileLayers.size() + 1 > 127) {
      throw new IllegalArgumentException("too many gazetteer layers: " + fileLayers.size());
    }
    Map<String, String> admin1 = new HashMap<>(admin1Names);
    Map<String, Integer> demonyms = new HashMap<>();
    Map<String, Integer> countries = new HashMap<>();
    BuiltinLayer.Built builtin = BuiltinLayer.build(admin1, fileLayers);
    Layer[] all = new Layer[fileLayers.size() + 1];
    all[0] = builtin.layer();
    for (int i = 0; i < fileLayers.size(); i++) {
      all[i + 1] = fileLayers.get(i);
    }
    builtin.demonyms().forEach((k, v) -> demonyms.put(k, v));
    builtin.countries().forEach((k, v) -> countries.put(k, v));
    return new Gazetteer(all, Map.copyOf(admin1), Map.copyOf(demonyms), Map.copyOf(countries));
  }

  /** The lookup key of a name or text span (see {@link NameKeys#key}). */
  public static String key(CharSequence text) {
    return NameKeys.key(text);
  }

  /** The stem key of a Cyrillic key (case endings removed), used for inflected mentions. */
  public static String stemKey(String key) {
    return NameKeys.stemKey(key);
  }

  /** The key of an abbreviation written with its final period ("Tenn.", "N.Y."). */
  public static String abbreviationKey(String abbreviation) {
    return BuiltinLayer.abbreviationKey(abbreviation);
  }

  /** Number of places over all layers. */
  public int size() {
    int n = 0;
    for (Layer l : layers) {
      n += l.size();
    }
    return n;
  }

  /**
   * The places whose names have this key, deduplicated: a place in several layers is listed once
   * (from the highest-priority layer), and a supplement place hides same-named settlements within
   * 10 km of it. Each result is {@code ref << 1 | primary} where primary marks the place's own
   * name.
   */
  public int[] lookup(String key) {
    if (key.isEmpty()) {
      return EMPTY;
    }
    long h = NameKeys.hash(key);
    int[] out = EMPTY;
    int n = 0;
    Set<String> seenIds = null;
    for (int li = 0; li < layers.length; li++) {
      int[] posts = layers[li].postings(h);
      if (posts.length == 0) {
        continue;
      }
      if (n + posts.length > out.length) {
        out = Arrays.copyOf(out, Math.max(8, n + posts.length));
      }
      for (int p : posts) {
        int ref = li << LAYER_SHIFT | (p >>> 1);
        if (n > 0 && hidden(ref, out, n)) {
          continue;
        }
        if (li > 0 && n > 0) {
          if (seenIds == null) {
            seenIds = new HashSet<>();
            for (int i = 0; i < n; i++) {
              seenIds.add(id(out[i] >>> 1));
            }
          }
          if (!seenIds.add(id(ref))) {
            continue;
          }
        }
        out[n++] = ref << 1 | (p & 1);
      }
    }
    return n == out.length ? out : Arrays.copyOf(out, n);
  }

  private boolean hidden(int ref, int[] found, int n) {
    PlaceKind k = kind(ref);
    if (k == PlaceKind.COUNTRY
        || k == PlaceKind.ADMIN1
        || k == PlaceKind.AREA
        || layerOf(ref) == 0) {
      return false;
    }
    for (int i = 0; i < n; i++) {
      int other = found[i] >>> 1;
      if (layerOf(other) == 0
          && kind(other) != PlaceKind.COUNTRY
          && kind(other) != PlaceKind.ADMIN1
          && kind(other) != PlaceKind.AREA
          && distanceKm(lat(ref), lon(ref), lat(other), lon(other)) < SAME_PLACE_KM) {
        return true;
      }
    }
    return false;
  }

  private static int layerOf(int ref) {
    return ref >>> LAYER_SHIFT;
  }

  private Layer layer(int ref) {
    return layers[ref >>> LAYER_SHIFT];
  }

  private static int local(int ref) {
    return ref & LOCAL_MASK;
  }

  /** The source-prefixed id of a place. */
  public String id(int ref) {
    return layer(ref).idString(local(ref));
  }

  public String name(int ref) {
    return layer(ref).name(local(ref));
  }

  public double lat(int ref) {
    return layer(ref).lat(local(ref));
  }

  public double lon(int ref) {
    return layer(ref).lon(local(ref));
  }

  public int population(int ref) {
    return layer(ref).population(local(ref));
  }

  public @Nullable String country(int ref) {
    return layer(ref).country(local(ref));
  }

  /** The first-level division's code ({@code UA.07}), or null. */
  public @Nullable String admin1Code(int ref) {
    return layer(ref).admin1Code(local(ref));
  }

  /** The first-level division's English name (Kharkiv Oblast), or null. */
  public @Nullable String admin1(int ref) {
    String code = admin1Code(ref);
    return code == null ? null : admin1Name(code);
  }

  /** The English name of a division code, or null when unknown. */
  public @Nullable String admin1Name(String code) {
    if (code.startsWith("name:")) {
      return code.substring(5);
    }
    return admin1Names.get(code);
  }

  public PlaceKind kind(int ref) {
    return layer(ref).kind(local(ref));
  }

  /** The place as an entry. */
  public GazetteerEntry entry(int ref) {
    return new GazetteerEntry(
        id(ref),
        name(ref),
        lat(ref),
        lon(ref),
        country(ref),
        admin1(ref),
        kind(ref),
        population(ref));
  }

  /** Entries for a name as written (any script, any case), best known first. */
  public List<GazetteerEntry> find(String name) {
    List<GazetteerEntry> out = new ArrayList<>();
    for (int r : lookup(key(name))) {
      out.add(entry(r >>> 1));
    }
    out.sort((a, b) -> Long.compare(b.population(), a.population()));
    return out;
  }

  /** The country a demonym or adjective ("Russian", "українська") names, by key. */
  public Optional<Integer> demonym(String key) {
    return Optional.ofNullable(demonyms.get(key));
  }

  /** The country place of an ISO 3166-1 alpha-2 code. */
  public Optional<Integer> countryRef(String iso2) {
    return Optional.ofNullable(countries.get(iso2));
  }

  /** Great-circle distance in km. */
  public static double distanceKm(double lat1, double lon1, double lat2, double lon2) {
    double p1 = Math.toRadians(lat1);
    double p2 = Math.toRadians(lat2);
    double dp = p2 - p1;
    double dl = Math.toRadians(lon2 - lon1);
    double a =
        Math.sin(dp / 2) * Math.sin(dp / 2)
            + Math.cos(p1) * Math.cos(p2) * Math.sin(dl / 2) * Math.sin(dl / 2);
    return 2 * 6371.0088 * Math.asin(Math.min(1, Math.sqrt(a)));
  }

  private static final int[] EMPTY = new int[0];
}
