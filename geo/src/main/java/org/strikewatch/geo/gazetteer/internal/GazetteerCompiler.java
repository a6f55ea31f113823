package org.strikewatch.geo.gazetteer.internal;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Compiles GeoNames and Natural Earth sources into the gazetteer's runtime files. Used by the data
 * set-up step ({@code scripts/data/10-cities500.sh}) and by {@code strikewatch data add-geonames}.
 *
 * <pre>
 * java -cp strikewatch.jar org.strikewatch.geo.gazetteer.internal.GazetteerCompiler \
 *     --cities cities500.txt --admin1 admin1.json --out DATA/geo/gazetteer.bin
 * </pre>
 */
public final class GazetteerCompiler {
  private GazetteerCompiler() {}

  /** Compiles cities500 (and, when given, Natural Earth admin-1) into the base layer file. */
  public static String compileBase(Path cities, @Nullable Path admin1Json, Path out)
      throws IOException {
    LayerBuilder b = new LayerBuilder("geonames:");
    Map<String, String> admin1Names = new LinkedHashMap<>();
    GeoNamesReader.Stats stats = GeoNamesReader.read(cities, b);
    int divisions = 0;
    if (admin1Json != null) {
      divisions = Admin1Reader.read(admin1Json, b, admin1Names);
    }
    LayerFile.write(b.build(), admin1Names, out);
    return "compiled " + stats.kept() + " places and " + divisions + " divisions into " + out;
  }

  /** Compiles a GeoNames dump into an extra layer file. */
  public static GeoNamesReader.Stats compileDump(Path dump, Path out) throws IOException {
    LayerBuilder b = new LayerBuilder("geonames:");
    GeoNamesReader.Stats stats = GeoNamesReader.read(dump, b);
    LayerFile.write(b.build(), Map.of(), out);
    return stats;
  }

  /** Command line: {@code --cities FILE [--admin1 FILE] --out FILE}. Exit 2 on errors. */
  public static void main(String[] args) {
    PrintStream err = System.err;
    Path cities = null;
    Path admin1 = null;
    Path out = null;
    for (int i = 0; i + 1 < args.length; i += 2) {
      switch (args[i]) {
        case "--cities" -> cities = Path.of(args[i + 1]);
        case "--admin1" -> admin1 = Path.of(args[i + 1]);
        case "--out" -> out = Path.of(args[i + 1]);
        default -> {
          err.println("gazetteer compiler: unknown option " + args[i]);
          System.exit(2);
        }
      }
    }
    if (cities == null || out == null) {
      err.println("usage: GazetteerCompiler --cities FILE [--admin1 FILE] --out FILE");
      System.exit(2);
      return;
    }
    try {
      if (!Files.isRegularFile(cities)) {
        throw new IOException("no such file: " + cities);
      }
      System.out.println(compileBase(cities, admin1, out));
    } catch (IOException | UncheckedIOException | IllegalArgumentException e) {
      err.println("gazetteer compiler: " + e.getMessage());
      System.exit(2);
    }
  }
}
