package org.strikewatch.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.strikewatch.geo.gazetteer.Gazetteer;
import org.strikewatch.geo.gazetteer.internal.GazetteerCompiler;
import org.strikewatch.geo.gazetteer.internal.GeoNamesReader;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/**
 * {@code strikewatch data add-geonames FILE}: compiles a full GeoNames dump (UA.txt, RU.txt,
 * allCountries.txt; 19 tab-separated columns) into a layer of the local gazetteer. Populated places
 * and administrative divisions are kept; adding the same file again replaces its layer.
 */
@Command(
    name = "add-geonames",
    mixinStandardHelpOptions = true,
    description = "Load a GeoNames dump (UA.txt, RU.txt, allCountries.txt) into the gazetteer.")
public final class AddGeoNamesCommand implements Runnable {

  @Parameters(index = "0", paramLabel = "FILE", description = "The GeoNames dump (UTF-8 text).")
  Path file;

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    if (Files.isDirectory(file)) {
      throw new UserError(file + " is a directory, not a GeoNames dump");
    }
    if (!Files.isRegularFile(file)) {
      throw new UserError("no such file: " + file);
    }
    Path data;
    try {
      data = Gazetteer.dataDir();
    } catch (IllegalStateException e) {
      throw new UserError(e.getMessage());
    }
    String base = file.getFileName().toString();
    int dot = base.lastIndexOf('.');
    if (dot > 0) {
      base = base.substring(0, dot);
    }
    base = base.replaceAll("[^A-Za-z0-9_-]", "_").toLowerCase(Locale.ROOT);
    Path out = data.resolve(Gazetteer.EXTRA_DIR).resolve(base + ".bin");
    GeoNamesReader.Stats stats;
    try {
      stats = GazetteerCompiler.compileDump(file, out);
    } catch (IllegalArgumentException e) {
      throw new UserError(e.getMessage());
    } catch (IOException e) {
      throw new UserError("cannot load " + file + ": " + e.getMessage());
    }
    PrintWriter w = spec.commandLine().getOut();
    w.println(
        "added "
            + stats.kept()
            + " places from "
            + file
            + " to "
            + out
            + (stats.rejected() > 0
                ? " ("
                    + stats.rejected()
                    + " malformed lines skipped, first: "
                    + stats.firstProblems().get(0)
                    + ")"
                : ""));
    w.flush();
  }
}
