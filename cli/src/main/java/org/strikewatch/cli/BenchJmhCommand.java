package org.strikewatch.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.results.format.ResultFormatType;
import org.openjdk.jmh.runner.NoBenchmarksException;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.ChainedOptionsBuilder;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;
import org.strikewatch.geo.gazetteer.Gazetteer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code strikewatch bench jmh}: the JMH microbenchmarks of the hot paths (temporal tagger,
 * gazetteer matching, number parsing, the whole extractor on one report), each in a forked JVM with
 * the data directory passed on.
 */
@Command(
    name = "jmh",
    mixinStandardHelpOptions = true,
    description =
        "Run the JMH microbenchmarks: temporal tagger, geoparser, number reader, whole extractor.")
public final class BenchJmhCommand implements Runnable {

  /** The package the microbenchmarks live in. */
  static final String PACKAGE = "org.strikewatch.bench.jmh.";

  @Option(
      names = "--include",
      defaultValue = ".*",
      description = "Regular expression over benchmark names, e.g. Geoparser or Extractor.extract.")
  String include;

  @Option(names = "--forks", defaultValue = "1", description = "Forked JVMs per benchmark.")
  int forks;

  @Option(
      names = "--warmup",
      description = "Warm-up iterations (default: each benchmark's own, 3 to 10).")
  Integer warmup;

  @Option(
      names = "--iterations",
      description = "Measured iterations (default: each benchmark's own, 5).")
  Integer iterations;

  @Option(
      names = "--iteration-millis",
      description = "Length of one iteration in milliseconds (default: each benchmark's own).")
  Integer iterationMillis;

  @Option(
      names = "--param",
      description = "Benchmark parameter as NAME=V1,V2 (e.g. language=en); repeatable.")
  List<String> params = new ArrayList<>();

  @Option(names = "--json", description = "Also write JMH's JSON results to this file.")
  Path json;

  @Override
  public void run() {
    if (forks < 0
        || (warmup != null && warmup < 0)
        || (iterations != null && iterations < 1)
        || (iterationMillis != null && iterationMillis < 1)) {
      throw new UserError(
          "--forks and --warmup must be at least 0, --iterations and --iteration-millis at least 1");
    }
    try {
      Pattern.compile(include);
    } catch (PatternSyntaxException e) {
      throw new UserError("--include is not a regular expression: " + include);
    }
    Path data;
    try {
      data = Gazetteer.dataDir();
    } catch (IllegalStateException e) {
      throw new UserError(e.getMessage());
    }
    ChainedOptionsBuilder o =
        new OptionsBuilder()
            .include(PACKAGE + ".*(" + include + ").*")
            .forks(forks)
            .jvmArgsAppend("-Xmx1g", "-Dstrikewatch.data=" + data.toAbsolutePath());
    if (warmup != null) {
      o.warmupIterations(warmup);
    }
    if (iterations != null) {
      o.measurementIterations(iterations);
    }
    if (iterationMillis != null) {
      o.warmupTime(TimeValue.milliseconds(iterationMillis));
      o.measurementTime(TimeValue.milliseconds(iterationMillis));
    }
    for (String p : params) {
      int eq = p.indexOf('=');
      if (eq <= 0 || eq == p.length() - 1) {
        throw new UserError("--param must be NAME=VALUE[,VALUE...], not \"" + p + "\"");
      }
      o.param(p.substring(0, eq), p.substring(eq + 1).split(","));
    }
    if (json != null) {
      o.resultFormat(ResultFormatType.JSON).result(json.toString());
    }
    System.setProperty("strikewatch.data", data.toAbsolutePath().toString());
    Collection<RunResult> results;
    try {
      results = new Runner(o.build()).run();
    } catch (NoBenchmarksException e) {
      throw new UserError("no microbenchmark matches --include " + include);
    } catch (RunnerException e) {
      throw new UserError("the microbenchmarks failed: " + e.getMessage());
    }
    if (results.isEmpty()) {
      throw new UserError("no microbenchmark matches --include " + include);
    }
    System.out.println();
    System.out.printf(
        Locale.ROOT,
        "%-36s %-10s %14s %12s %12s%n",
        "benchmark",
        "params",
        "ops/s",
        "± (99.9%)",
        "µs/op");
    for (RunResult r : results) {
      var p = r.getParams();
      StringBuilder ps = new StringBuilder();
      for (String key : p.getParamsKeys()) {
        ps.append(ps.length() == 0 ? "" : ",").append(p.getParam(key));
      }
      double score = r.getPrimaryResult().getScore();
      double error = r.getPrimaryResult().getScoreError();
      System.out.printf(
          Locale.ROOT,
          "%-36s %-10s %14.1f %12.1f %12.2f%n",
          p.getBenchmark().substring(PACKAGE.length()),
          ps,
          score,
          Double.isNaN(error) ? 0 : error,
          score > 0 ? 1e6 / score : 0);
    }
  }
}
