package org.strikewatch.geo.gazetteer.internal;

import java.util.Arrays;
import org.jspecify.annotations.Nullable;
import org.strikewatch.geo.gazetteer.PlaceKind;

/**
 * One gazetteer layer held in parallel arrays: places and a name index from key hashes to place
 * postings. Each posting is {@code localIndex << 1 | primary}, where primary marks the place's own
 * name (not an alternate). Immutable after construction.
 */
public final class Layer {
  private static final PlaceKind[] KINDS = PlaceKind.values();

  final String idPrefix;
  final int size;
  final long[] ids;
  final float[] lat;
  final float[] lon;
  final int[] population;
  final short[] country;
  final String[] countryCodes;
  final short[] admin1;
  final String[] admin1Codes;
  final byte[] kind;
  final int[] nameStart;
  final char[] names;
  final long[] keyHashes;
  final int[] postingStart;
  final int[] postings;
  final String @Nullable [] explicitIds;

  Layer(
      String idPrefix,
      long[] ids,
      float[] lat,
      float[] lon,
      int[] population,
      short[] country,
      String[] countryCodes,
      short[] admin1,
      String[] admin1Codes,
      byte[] kind,
      int[] nameStart,
      char[] names,
      long[] keyHashes,
      int[] postingStart,
      int[] postings,
      String @Nullable [] explicitIds) {
    this.explicitIds = explicitIds;
    this.idPrefix = idPrefix;
    this.size = ids.length;
    this.ids = ids;
    this.lat = lat;
    this.lon = lon;
    this.population = population;
    this.country = country;
    this.countryCodes = countryCodes;
    this.admin1 = admin1;
    this.admin1Codes = admin1Codes;
    this.kind = kind;
    this.nameStart = nameStart;
    this.names = names;
    this.keyHashes = keyHashes;
    this.postingStart = postingStart;
    this.postings = postings;
    this.bucketStart = buckets(keyHashes);
  }

  /** Bits of a key hash that pick its bucket in {@link #bucketStart}. */
  private static final int BUCKET_BITS = 16;

  /**
   * Where each bucket of {@link #keyHashes} starts: the hashes are sorted, so those sharing their
   * top bits are a contiguous run, and a look-up searches only its run (a few entries) instead of
   * the whole array.
   */
  private final int[] bucketStart;

  private static int bucket(long keyHash) {
    // flip the sign bit so that signed order (how the hashes are sorted) is bucket order
    return (int) ((keyHash ^ Long.MIN_VALUE) >>> (64 - BUCKET_BITS));
  }

  private static int[] buckets(long[] sortedHashes) {
    int[] start = new int[(1 << BUCKET_BITS) + 1];
    int k = 0;
    for (int b = 0; b <= 1 << BUCKET_BITS; b++) {
      while (k < sortedHashes.length && bucket(sortedHashes[k]) < b) {
        k++;
      }
      start[b] = k;
    }
    return start;
  }

  public int size() {
    return size;
  }

  public String idPrefix() {
    return idPrefix;
  }

  public long id(int i) {
    return ids[i];
  }

  /** The source-prefixed id, e.g. {@code geonames:706483}. */
  public String idString(int i) {
    if (explicitIds != null && explicitIds[i] != null) {
      return explicitIds[i];
    }
    return idPrefix + ids[i];
  }

  public double lat(int i) {
    return lat[i];
  }

  public double lon(int i) {
    return lon[i];
  }

  public int population(int i) {
    return population[i];
  }

  public @Nullable String country(int i) {
    return country[i] < 0 ? null : countryCodes[country[i]];
  }

  /** The admin-1 code such as {@code UA.07}, or null. */
  public @Nullable String admin1Code(int i) {
    return admin1[i] < 0 ? null : admin1Codes[admin1[i]];
  }

  public PlaceKind kind(int i) {
    return KINDS[kind[i]];
  }

  public String name(int i) {
    return new String(names, nameStart[i], nameStart[i + 1] - nameStart[i]);
  }

  /** Postings for a key hash (empty array when absent). */
  public int[] postings(long keyHash) {
    int b = bucket(keyHash);
    int at = Arrays.binarySearch(keyHashes, bucketStart[b], bucketStart[b + 1], keyHash);
    if (at < 0) {
      return EMPTY;
    }
    return Arrays.copyOfRange(postings, postingStart[at], postingStart[at + 1]);
  }

  private static final int[] EMPTY = new int[0];
}
