package org.strikewatch.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.strikewatch.eval.geo.GeoCorpora;
import org.strikewatch.eval.geo.GeoCorpus;
import org.strikewatch.eval.geo.GeoEvaluator;
import org.strikewatch.eval.geo.GeoScores;
import org.strikewatch.geo.gazetteer.Gazetteer;
import org.strikewatch.geo.parse.GazetteerGeoparser;
import org.strikewatch.geo.parse.GeoparserOptions;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code strikewatch eval geo}: geoparsing scores on GeoWebNews, LGL, TR-News and GeoVirus. */
@Command(
    name = "geo",
    mixinStandardHelpOptions = true,
    description =
        "Score the geoparser on GeoWebNews, LGL, TR-News and GeoVirus (P/R/F1, accuracy@161 km).")
public final class EvalGeoCommand implements Runnable {

  @Mixin BenchmarksOption benchmarks;

  @Option(
      names = "--corpus",
      defaultValue = "all",
      description = "gwn, lgl, trnews, geovirus or all (default: ${DEFAULT-VALUE}).")
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

  /** A corpus the command knows: its --corpus key, its folder, and its reader. */
  private record Corpus(String key, String folder, Reader reader) {}

  @FunctionalInterface
  private interface Reader {
    GeoCorpus read(Path dir) throws IOException;
  }

  private static final List<Corpus> CORPORA =
      List.of(
          new Corpus("gwn", "GeoWebNews", GeoCorpora::geoWebNews),
          new Corpus("lgl", "LGL", GeoCorpora::lgl),
          new Corpus("trnews", "TR-News", GeoCorpora::trNews),
          new Corpus("geovirus", "GeoVirus", GeoCorpora::geoVirus));

  @Override
  public void run() {
    String which = corpus.toLowerCase(Locale.ROOT);
    List<Corpus> chosen =
        CORPORA.stream().filter(c -> which.equals("all") || c.key().equals(which)).toList();
    if (chosen.isEmpty()) {
      throw new UserError(
          "--corpus must be gwn, lgl, trnews, geovirus or all, not \"" + corpus + "\"");
    }
    List<Path> dirs = new ArrayList<>();
    for (Corpus c : chosen) {
      dirs.add(benchmarks.dir(c.folder()).resolve(c.folder()));
    }
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
    List<String> notes = new ArrayList<>();
    try {
      for (int i = 0; i < chosen.size(); i++) {
        GeoCorpus read = chosen.get(i).reader().read(dirs.get(i));
        print(out, GeoEvaluator.evaluate(read.name(), read.documents(), parser, misses));
        if (read.realigned() > 0 || !read.skipped().isEmpty()) {
          notes.add(note(read));
        }
      }
      if (missesFile != null) {
        Files.write(missesFile, misses);
      }
    } catch (IOException e) {
      throw new UserError("cannot read the benchmarks: " + e.getMessage());
    }
    notes.forEach(out::println);
    out.flush();
  }

  /** What the reader repaired or left out, with the first skipped entries as examples. */
  private static String note(GeoCorpus c) {
    StringBuilder b =
        new StringBuilder()
            .append(c.name())
            .append(": ")
            .append(c.realigned())
            .append(" gold span(s) realigned to their text, ")
            .append(c.skipped().size())
            .append(" malformed entr")
            .append(c.skipped().size() == 1 ? "y" : "ies")
            .append(" skipped");
    for (String s : c.skipped().subList(0, Math.min(3, c.skipped().size()))) {
      b.append(System.lineSeparator()).append("  skipped ").append(s);
    }
    return b.toString();
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
