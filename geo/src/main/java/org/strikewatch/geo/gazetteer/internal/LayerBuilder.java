package org.strikewatch.geo.gazetteer.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.strikewatch.geo.gazetteer.PlaceKind;

/** Collects places and their names and builds a {@link Layer}. Not thread-safe. */
public final class LayerBuilder {
  private final String idPrefix;
  private long[] ids = new long[1024];
  private float[] lat = new float[1024];
  private float[] lon = new float[1024];
  private int[] population = new int[1024];
  private short[] country = new short[1024];
  private short[] admin1 = new short[1024];
  private byte[] kind = new byte[1024];
  private int[] nameStart = new int[1025];
  private final StringBuilder names = new StringBuilder();
  private int size;
  private final Map<String, Short> countries = new HashMap<>();
  private final List<String> countryCodes = new ArrayList<>();
  private final Map<String, Short> admin1s = new HashMap<>();
  private final List<String> admin1Codes = new ArrayList<>();
  private long[] keyHash = new long[4096];
  private int[] keyPosting = new int[4096];
  private int keys;
  private final Map<Integer, String> explicitIds = new HashMap<>();

  public LayerBuilder(String idPrefix) {
    this.idPrefix = idPrefix;
  }

  public int size() {
    return size;
  }

  /**
   * Adds a place and returns its local index.
   *
   * @param admin1Code a code such as {@code UA.07}, or null
   */
  public int add(
      long id,
      String name,
      double latitude,
      double longitude,
      @Nullable String countryCode,
      @Nullable String admin1Code,
      PlaceKind placeKind,
      long pop) {
    if (size == ids.length) {
      int n = size * 2;
      ids = Arrays.copyOf(ids, n);
      lat = Arrays.copyOf(lat, n);
      lon = Arrays.copyOf(lon, n);
      population = Arrays.copyOf(population, n);
      country = Arrays.copyOf(country, n);
      admin1 = Arrays.copyOf(admin1, n);
      kind = Arrays.copyOf(kind, n);
      nameStart = Arrays.copyOf(nameStart, n + 1);
    }
    int i = size++;
    ids[i] = id;
    lat[i] = (float) latitude;
    lon[i] = (float) longitude;
    population[i] = (int) Math.min(Integer.MAX_VALUE, Math.max(0, pop));
    country[i] = intern(countryCode, countries, countryCodes);
    admin1[i] = intern(admin1Code, admin1s, admin1Codes);
    kind[i] = (byte) placeKind.ordinal();
    names.append(name);
    nameStart[i + 1] = names.length();
    return i;
  }

  private static short intern(@Nullable String code, Map<String, Short> map, List<String> list) {
    if (code == null || code.isEmpty()) {
      return -1;
    }
    Short got = map.get(code);
    if (got != null) {
      return got;
    }
    if (list.size() >= Short.MAX_VALUE) {
      throw new IllegalArgumentException("too many distinct codes: " + code);
    }
    short s = (short) list.size();
    list.add(code);
    map.put(code, s);
    return s;
  }

  /** Gives place {@code place} an id of its own instead of the layer prefix plus number. */
  public void explicitId(int place, String id) {
    explicitIds.put(place, id);
  }

  /** Indexes a place under a ready-made key (such as an abbreviation key). */
  public void indexKey(int place, String key) {
    put(key, place, false);
  }

  /**
   * Indexes the names of a place: each name's key, and for Cyrillic names their stem keys.
   *
   * @param primary the place's own name (the first of {@code variants} is taken as primary too)
   */
  public void index(int place, String primary, Iterable<String> variants) {
    Set<String> seen = new LinkedHashSet<>();
    String pk = NameKeys.key(primary);
    addKeys(place, pk, true, seen);
    for (String v : variants) {
      addKeys(place, NameKeys.key(v), false, seen);
    }
  }

  private void addKeys(int place, String key, boolean primary, Set<String> seen) {
    if (key.isEmpty() || key.length() > 60) {
      return;
    }
    if (seen.add(key)) {
      put(key, place, primary);
    }
    if (NameKeys.isCyrillic(key)) {
      for (String stem : NameKeys.nameStemKeys(key)) {
        if (seen.add(stem)) {
          put(stem, place, primary);
        }
      }
    }
  }

  private void put(String key, int place, boolean primary) {
    if (keys == keyHash.length) {
      keyHash = Arrays.copyOf(keyHash, keys * 2);
      keyPosting = Arrays.copyOf(keyPosting, keys * 2);
    }
    keyHash[keys] = NameKeys.hash(key);
    keyPosting[keys] = place << 1 | (primary ? 1 : 0);
    keys++;
  }

  private String @Nullable [] explicit() {
    if (explicitIds.isEmpty()) {
      return null;
    }
    String[] out = new String[size];
    explicitIds.forEach((k, v) -> out[k] = v);
    return out;
  }

  /** Builds the layer. */
  public Layer build() {
    long[] sortedHash = Arrays.copyOf(keyHash, keys);
    int[] sortedPosting = Arrays.copyOf(keyPosting, keys);
    sort(sortedHash, sortedPosting, 0, keys - 1);
    return assemble(sortedHash, sortedPosting);
  }

  /** Sorts both arrays by (hash, posting), in place: quicksort, insertion sort for short runs. */
  private static void sort(long[] h, int[] p, int lo, int hi) {
    while (hi - lo > 16) {
      int mid = (lo + hi) >>> 1;
      long ph = h[mid];
      int pp = p[mid];
      int i = lo;
      int j = hi;
      while (i <= j) {
        while (less(h[i], p[i], ph, pp)) {
          i++;
        }
        while (less(ph, pp, h[j], p[j])) {
          j--;
        }
        if (i <= j) {
          swap(h, p, i++, j--);
        }
      }
      if (j - lo < hi - i) {
        sort(h, p, lo, j);
        lo = i;
      } else {
        sort(h, p, i, hi);
        hi = j;
      }
    }
    for (int i = lo + 1; i <= hi; i++) {
      for (int j = i; j > lo && less(h[j], p[j], h[j - 1], p[j - 1]); j--) {
        swap(h, p, j, j - 1);
      }
    }
  }

  private static boolean less(long h1, int p1, long h2, int p2) {
    return h1 < h2 || (h1 == h2 && p1 < p2);
  }

  private static void swap(long[] h, int[] p, int a, int b) {
    long th = h[a];
    h[a] = h[b];
    h[b] = th;
    int tp = p[a];
    p[a] = p[b];
    p[b] = tp;
  }

  private Layer assemble(long[] keyHash, int[] keyPosting) {
    long[] hashes = new long[keys];
    int[] starts = new int[keys + 1];
    int[] posts = new int[keys];
    int distinct = 0;
    int p = 0;
    long prev = 0;
    int prevPlace = -1;
    for (int i = 0; i < keys; i++) {
      long h = keyHash[i];
      if (distinct == 0 || h != prev) {
        hashes[distinct] = h;
        starts[distinct] = p;
        distinct++;
        prev = h;
        prevPlace = -1;
      }
      int place = keyPosting[i] >>> 1;
      if (place == prevPlace) {
        // the same place under the same key: keep the primary flag if any
        posts[p - 1] |= keyPosting[i] & 1;
        continue;
      }
      posts[p++] = keyPosting[i];
      prevPlace = place;
    }
    starts[distinct] = p;
    return new Layer(
        idPrefix,
        Arrays.copyOf(ids, size),
        Arrays.copyOf(lat, size),
        Arrays.copyOf(lon, size),
        Arrays.copyOf(population, size),
        Arrays.copyOf(country, size),
        countryCodes.toArray(new String[0]),
        Arrays.copyOf(admin1, size),
        admin1Codes.toArray(new String[0]),
        Arrays.copyOf(kind, size),
        Arrays.copyOf(nameStart, size + 1),
        names.toString().toCharArray(),
        Arrays.copyOf(hashes, distinct),
        Arrays.copyOf(starts, distinct + 1),
        Arrays.copyOf(posts, p),
        explicit());
  }
}
