package org.strikewatch.geo.boundary.internal;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.LineString;
import org.strikewatch.geo.boundary.AdminRegion;

/**
 * The compiled boundary files under {@code DATA/geo/boundary}: {@code admin1.bin} (regions with
 * their polygons), {@code borders.bin} (international land borders as lines labelled by country
 * pair) and {@code admin1.tsv} (region names only, for callers that need no geometry).
 */
public final class BoundaryFiles {

  /** The folder under the data dir. */
  public static final String DIR = "geo/boundary";

  public static final String ADMIN = "admin1.bin";
  public static final String BORDERS = "borders.bin";
  public static final String NAMES = "admin1.tsv";

  private static final String ADMIN_MAGIC = "strikewatch-admin1-v2";
  private static final String BORDER_MAGIC = "strikewatch-borders-v1";

  private BoundaryFiles() {}

  /** Regions in file order, with their polygons. */
  public record AdminData(List<AdminRegion> regions, List<LazyArea> areas) {
    public AdminData {
      regions = List.copyOf(regions);
      areas = List.copyOf(areas);
      if (regions.size() != areas.size()) {
        throw new IllegalArgumentException("regions and areas differ in number");
      }
    }
  }

  /** One stretch of international land border between two countries ("RU-UA"). */
  public record BorderLine(String pair, LineString line) {}

  public static void writeAdmin(OutputStream os, AdminData data) throws IOException {
    DataOutputStream out = new DataOutputStream(new BufferedOutputStream(os, 1 << 16));
    out.writeUTF(ADMIN_MAGIC);
    GeoCodec.writeVarint(out, data.regions().size());
    for (int i = 0; i < data.regions().size(); i++) {
      AdminRegion r = data.regions().get(i);
      out.writeUTF(r.isoCode());
      out.writeUTF(r.country());
      out.writeUTF(r.nameEn());
      writeNullable(out, r.nameNaturalEarth());
      writeNullable(out, r.nameRu());
      writeNullable(out, r.nameUk());
      writeNullable(out, r.geonamesCode());
      out.writeUTF(String.join("|", r.altNames()));
      Geometry g = data.areas().get(i).geometry();
      Envelope e = g.getEnvelopeInternal();
      out.writeDouble(e.getMinX());
      out.writeDouble(e.getMaxX());
      out.writeDouble(e.getMinY());
      out.writeDouble(e.getMaxY());
      ByteArrayOutputStream blob = new ByteArrayOutputStream();
      GeoCodec.writeAreal(new DataOutputStream(blob), g);
      out.writeInt(blob.size());
      blob.writeTo(out);
    }
    out.flush();
  }

  public static AdminData readAdmin(Path file) {
    try (InputStream is = Files.newInputStream(file)) {
      DataInputStream in = new DataInputStream(new BufferedInputStream(is, 1 << 16));
      checkMagic(in, ADMIN_MAGIC, file);
      int n = GeoCodec.readVarint(in);
      List<AdminRegion> regions = new ArrayList<>(n);
      List<LazyArea> areas = new ArrayList<>(n);
      for (int i = 0; i < n; i++) {
        AdminRegion.Builder b = AdminRegion.builder(in.readUTF(), in.readUTF(), in.readUTF());
        b.nameNaturalEarth(readNullable(in))
            .nameRu(readNullable(in))
            .nameUk(readNullable(in))
            .geonamesCode(readNullable(in));
        String alt = in.readUTF();
        b.altNames(alt.isEmpty() ? List.of() : Arrays.asList(alt.split("\\|")));
        regions.add(b.build());
        Envelope e =
            new Envelope(in.readDouble(), in.readDouble(), in.readDouble(), in.readDouble());
        byte[] blob = new byte[in.readInt()];
        in.readFully(blob);
        areas.add(LazyArea.encoded(e, blob));
      }
      return new AdminData(regions, areas);
    } catch (IOException e) {
      throw unreadable(file, e);
    }
  }

  public static void writeBorders(OutputStream os, List<String> pairs, List<Coordinate[]> lines)
      throws IOException {
    DataOutputStream out = new DataOutputStream(new BufferedOutputStream(os, 1 << 16));
    out.writeUTF(BORDER_MAGIC);
    GeoCodec.writeVarint(out, pairs.size());
    for (int i = 0; i < pairs.size(); i++) {
      out.writeUTF(pairs.get(i));
      GeoCodec.writeLine(out, lines.get(i));
    }
    out.flush();
  }

  public static List<BorderLine> readBorders(Path file) {
    try (InputStream is = Files.newInputStream(file)) {
      DataInputStream in = new DataInputStream(new BufferedInputStream(is, 1 << 16));
      checkMagic(in, BORDER_MAGIC, file);
      int n = GeoCodec.readVarint(in);
      List<BorderLine> out = new ArrayList<>(n);
      for (int i = 0; i < n; i++) {
        String pair = in.readUTF();
        out.add(new BorderLine(pair, GeoCodec.readLine(in)));
      }
      return out;
    } catch (IOException e) {
      throw unreadable(file, e);
    }
  }

  /** Region names as TSV with a header; one region a line, alternative names joined by '|'. */
  public static String namesTsv(List<AdminRegion> regions) {
    StringBuilder sb =
        new StringBuilder(
            "iso_3166_2\tcountry\tname_en\tname\tname_ru\tname_uk\tgn_a1_code\talt\n");
    for (AdminRegion r : regions) {
      sb.append(r.isoCode())
          .append('\t')
          .append(r.country())
          .append('\t')
          .append(r.nameEn())
          .append('\t')
          .append(cell(r.nameNaturalEarth()))
          .append('\t')
          .append(cell(r.nameRu()))
          .append('\t')
          .append(cell(r.nameUk()))
          .append('\t')
          .append(cell(r.geonamesCode()))
          .append('\t')
          .append(cell(String.join("|", r.altNames())))
          .append('\n');
    }
    return sb.toString();
  }

  public static List<AdminRegion> readNames(Path file) {
    List<String> lines;
    try {
      lines = Files.readAllLines(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw unreadable(file, e);
    }
    List<AdminRegion> out = new ArrayList<>(lines.size());
    for (int i = 1; i < lines.size(); i++) {
      String[] c = lines.get(i).split("\t", -1);
      if (c.length < 8) {
        throw new UncheckedIOException(
            new IOException("corrupt " + file + " line " + (i + 1) + ": " + c.length + " columns"));
      }
      out.add(
          AdminRegion.builder(c[0], c[1], c[2])
              .nameNaturalEarth(blankToNull(c[3]))
              .nameRu(blankToNull(c[4]))
              .nameUk(blankToNull(c[5]))
              .geonamesCode(blankToNull(c[6]))
              .altNames(c[7].isEmpty() ? List.of() : Arrays.asList(c[7].split("\\|")))
              .build());
    }
    return out;
  }

  private static String cell(@Nullable String s) {
    return s == null ? "" : s.replace('\t', ' ').replace('\n', ' ');
  }

  private static @Nullable String blankToNull(String s) {
    return s.isEmpty() ? null : s;
  }

  private static void writeNullable(DataOutputStream out, @Nullable String s) throws IOException {
    out.writeBoolean(s != null);
    if (s != null) {
      out.writeUTF(s);
    }
  }

  private static @Nullable String readNullable(DataInputStream in) throws IOException {
    return in.readBoolean() ? in.readUTF() : null;
  }

  private static void checkMagic(DataInputStream in, String magic, Path file) throws IOException {
    String got = in.readUTF();
    if (!magic.equals(got)) {
      throw new IOException("not a " + magic + " file");
    }
  }

  private static UncheckedIOException unreadable(Path file, IOException e) {
    if (e instanceof NoSuchFileException) {
      return new UncheckedIOException(
          "geography data missing: " + file + " (run ./strikewatch once to set up the data)", e);
    }
    return new UncheckedIOException(
        "cannot read geography data " + file + ": " + e.getMessage(), e);
  }
}
