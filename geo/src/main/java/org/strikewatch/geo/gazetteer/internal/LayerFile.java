package org.strikewatch.geo.gazetteer.internal;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The compact binary form of a {@link Layer} plus a table of admin-1 code → English name: bulk
 * arrays, little endian, read in one pass. Written to a temporary file and renamed into place.
 */
public final class LayerFile {
  private static final int MAGIC = 0x53574731; // "SWG1"
  private static final int VERSION = 1;

  private LayerFile() {}

  /** A layer read from disk with its admin-1 name table. */
  public record Loaded(Layer layer, Map<String, String> admin1Names) {}

  /** Writes atomically (temporary file, then rename). */
  public static void write(Layer l, Map<String, String> admin1Names, Path file) throws IOException {
    int n = l.size;
    long bytes = 64L + n * (8L + 4 + 4 + 4 + 2 + 2 + 1 + 4) + l.names.length * 2L;
    bytes += l.keyHashes.length * 12L + l.postings.length * 4L + 64;
    bytes += strings(l.countryCodes) + strings(l.admin1Codes) + strings(l.idPrefix);
    for (Map.Entry<String, String> e : admin1Names.entrySet()) {
      bytes += strings(e.getKey(), e.getValue());
    }
    if (bytes > Integer.MAX_VALUE) {
      throw new IllegalArgumentException("gazetteer layer too large to write: " + n + " places");
    }
    ByteBuffer b = ByteBuffer.allocate((int) bytes).order(ByteOrder.LITTLE_ENDIAN);
    b.putInt(MAGIC).putInt(VERSION);
    putString(b, l.idPrefix);
    b.putInt(n);
    b.asLongBuffer().put(l.ids);
    b.position(b.position() + n * 8);
    b.asFloatBuffer().put(l.lat);
    b.position(b.position() + n * 4);
    b.asFloatBuffer().put(l.lon);
    b.position(b.position() + n * 4);
    b.asIntBuffer().put(l.population);
    b.position(b.position() + n * 4);
    b.asShortBuffer().put(l.country);
    b.position(b.position() + n * 2);
    b.asShortBuffer().put(l.admin1);
    b.position(b.position() + n * 2);
    b.put(l.kind);
    b.asIntBuffer().put(l.nameStart);
    b.position(b.position() + (n + 1) * 4);
    b.putInt(l.names.length);
    b.asCharBuffer().put(l.names);
    b.position(b.position() + l.names.length * 2);
    putStrings(b, l.countryCodes);
    putStrings(b, l.admin1Codes);
    int k = l.keyHashes.length;
    b.putInt(k);
    b.asLongBuffer().put(l.keyHashes);
    b.position(b.position() + k * 8);
    b.asIntBuffer().put(l.postingStart);
    b.position(b.position() + (k + 1) * 4);
    b.putInt(l.postings.length);
    b.asIntBuffer().put(l.postings);
    b.position(b.position() + l.postings.length * 4);
    b.putInt(admin1Names.size());
    for (Map.Entry<String, String> e : admin1Names.entrySet()) {
      putString(b, e.getKey());
      putString(b, e.getValue());
    }
    b.flip();
    Path dir = file.toAbsolutePath().getParent();
    Files.createDirectories(dir);
    Path tmp = Files.createTempFile(dir, ".layer", ".tmp");
    try {
      try (FileChannel ch = FileChannel.open(tmp, StandardOpenOption.WRITE)) {
        while (b.hasRemaining()) {
          ch.write(b);
        }
      }
      Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    } finally {
      Files.deleteIfExists(tmp);
    }
  }

  /**
   * Reads a layer file.
   *
   * @throws IOException when the file cannot be read or is not a layer file of this version
   */
  public static Loaded read(Path file) throws IOException {
    ByteBuffer b = ByteBuffer.wrap(Files.readAllBytes(file)).order(ByteOrder.LITTLE_ENDIAN);
    try {
      if (b.getInt() != MAGIC) {
        throw new IOException("not a Strikewatch gazetteer file: " + file);
      }
      int version = b.getInt();
      if (version != VERSION) {
        throw new IOException(
            "gazetteer file " + file + " has version " + version + ", expected " + VERSION);
      }
      String prefix = getString(b);
      int n = b.getInt();
      long[] ids = new long[n];
      b.asLongBuffer().get(ids);
      b.position(b.position() + n * 8);
      float[] lat = new float[n];
      b.asFloatBuffer().get(lat);
      b.position(b.position() + n * 4);
      float[] lon = new float[n];
      b.asFloatBuffer().get(lon);
      b.position(b.position() + n * 4);
      int[] pop = new int[n];
      b.asIntBuffer().get(pop);
      b.position(b.position() + n * 4);
      short[] country = new short[n];
      b.asShortBuffer().get(country);
      b.position(b.position() + n * 2);
      short[] admin1 = new short[n];
      b.asShortBuffer().get(admin1);
      b.position(b.position() + n * 2);
      byte[] kind = new byte[n];
      b.get(kind);
      int[] nameStart = new int[n + 1];
      b.asIntBuffer().get(nameStart);
      b.position(b.position() + (n + 1) * 4);
      char[] names = new char[b.getInt()];
      b.asCharBuffer().get(names);
      b.position(b.position() + names.length * 2);
      String[] countryCodes = getStrings(b);
      String[] admin1Codes = getStrings(b);
      int k = b.getInt();
      long[] hashes = new long[k];
      b.asLongBuffer().get(hashes);
      b.position(b.position() + k * 8);
      int[] starts = new int[k + 1];
      b.asIntBuffer().get(starts);
      b.position(b.position() + (k + 1) * 4);
      int[] postings = new int[b.getInt()];
      b.asIntBuffer().get(postings);
      b.position(b.position() + postings.length * 4);
      int m = b.getInt();
      Map<String, String> admin1Names = new LinkedHashMap<>();
      for (int i = 0; i < m; i++) {
        admin1Names.put(getString(b), getString(b));
      }
      Layer layer =
          new Layer(
              prefix,
              ids,
              lat,
              lon,
              pop,
              country,
              countryCodes,
              admin1,
              admin1Codes,
              kind,
              nameStart,
              names,
              hashes,
              starts,
              postings,
              null);
      return new Loaded(layer, admin1Names);
    } catch (RuntimeException e) {
      throw new IOException("gazetteer file is corrupt: " + file + " (" + e.getMessage() + ")");
    }
  }

  private static long strings(String... values) {
    long n = 4;
    for (String v : values) {
      n += 4 + v.getBytes(StandardCharsets.UTF_8).length;
    }
    return n;
  }

  private static void putString(ByteBuffer b, String s) {
    byte[] bytes = s.getBytes(StandardCharsets.UTF_8);
    b.putInt(bytes.length).put(bytes);
  }

  private static String getString(ByteBuffer b) {
    byte[] bytes = new byte[b.getInt()];
    b.get(bytes);
    return new String(bytes, StandardCharsets.UTF_8);
  }

  private static void putStrings(ByteBuffer b, String[] values) {
    b.putInt(values.length);
    for (String v : values) {
      putString(b, v);
    }
  }

  private static String[] getStrings(ByteBuffer b) {
    String[] out = new String[b.getInt()];
    for (int i = 0; i < out.length; i++) {
      out[i] = getString(b);
    }
    return out;
  }
}
