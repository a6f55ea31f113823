package org.strikewatch.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.strikewatch.eval.geo.GeoCorpora;
import org.strikewatch.eval.geo.GeoDocument;
import org.strikewatch.eval.geo.GeoEvaluator;
import org.strikewatch.eval.geo.GeoScores;
import org.strikewatch.geo.gazetteer.Gazetteer;
import org.strikewatch.geo.parse.GazetteerGeoparser;
import org.strikewatch.geo.parse.GeoparserOptions;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code strikewatch eval geo}: geoparsing scores on GeoWebNews and LGL. */
@Command(
    name = "geo",
    mixinStandardHelpOptions = true,
    description = "Score the geoparser on GeoWebNews and LGL (P/R/F1, accuracy@161 km).")
public final class EvalGeoCommand implements Runnable {

  @Mixin BenchmarksOption benchmarks;

  @Option(
      names = "--corpus",
      defaultValue = "all",
      description = "gwn, lgl or all (default: ${DEFAULT-VALUE}).")
  String corpus;

  @Option(
      names = "--roi",
      description = "Use the default region of interest (Ukraine and bordering Russian regions).")
  boolean roi;

  @Option(
      names = "--misses",
      paramLabel = "FILE",
      description = "Write one line per resolution miss to FILE (for error analysis).")
  Path missesFile;

  private final java.util.List<String> misses = new java.util.ArrayList<>();

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    String which = corpus.toLowerCase(Locale.ROOT);
    if (!List.of("gwn", "lgl", "all").contains(which)) {
      throw new UserError("--corpus must be gwn, lgl or all, not \"" + corpus + "\"");
    }
    Path dir = benchmarks.dir(which.equals("lgl") ? "LGL" : "GeoWebNews");
    GazetteerGeoparser parser;
    try {
      parser =
          GazetteerGeoparser.create(
              Gazetteer.load(Gazetteer.dataDir()),
              roi ? GeoparserOptions.defaults() : GeoparserOptions.worldwide());
    } catch (IOException | IllegalStateException e) {
      throw new UserError(e.getMessage());
    }
    PrintWriter out = spec.commandLine().getOut();
    out.println(
        "corpus       docs  gold  pred  exactP exactR exactF1  overP  overR overF1"
            + "  resGold resolved acc@161 medianKm");
    try {
      if (!which.equals("lgl")) {
        print(out, score("GeoWebNews", GeoCorpora.geoWebNews(dir.resolve("GeoWebNews")), parser));
      }
      if (!which.equals("gwn")) {
        print(out, score("LGL", GeoCorpora.lgl(dir.resolve("LGL")), parser));
      }
      if (missesFile != null) {
        Files.write(missesFile, misses);
      }
    } catch (IOException e) {
      throw new UserError("cannot read the benchmarks: " + e.getMessage());
    }
    out.flush();
  }

  private GeoScores score(String name, List<GeoDocument> docs, GazetteerGeoparser p) {
    return GeoEvaluator.evaluate(name, docs, p, misses);
  }

  private static void print(PrintWriter out, GeoScores s) {
    out.println(
        String.format(
            Locale.ROOT,
            "%-11s %5d %5d %5d  %6.3f %6.3f %7.3f %6.3f %6.3f %6.3f  %7d %8d %7.3f %8.1f",
            s.corpus(),
            s.documents(),
            s.goldRecognition(),
            s.predicted(),
            s.exactP(),
            s.exactR(),
            s.exactF1(),
            s.overlapP(),
            s.overlapR(),
            s.overlapF1(),
            s.goldResolution(),
            s.resolved(),
            s.accuracy161(),
            s.medianErrorKm()));
  }
}
