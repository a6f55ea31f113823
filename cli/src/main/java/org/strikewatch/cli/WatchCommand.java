package org.strikewatch.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicBoolean;
import org.jspecify.annotations.Nullable;
import org.strikewatch.cli.pipeline.Extractors;
import org.strikewatch.cli.pipeline.IngestPipeline;
import org.strikewatch.cli.pipeline.IngestSummary;
import org.strikewatch.ingest.ReadOptions;
import org.strikewatch.ingest.ReadResult;
import org.strikewatch.ingest.http.HttpFetcher;
import org.strikewatch.ingest.watch.ReportSink;
import org.strikewatch.ingest.watch.SourcesFile;
import org.strikewatch.ingest.watch.WatchState;
import org.strikewatch.ingest.watch.WatchedSource;
import org.strikewatch.ingest.watch.Watcher;
import org.strikewatch.store.Store;
import org.strikewatch.store.Stores;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code strikewatch watch --sources sources.yaml}: the monitor mode. */
@Command(
    name = "watch",
    mixinStandardHelpOptions = true,
    description =
        "Poll the feeds and Telegram channels listed in a sources file, each on its interval, and"
            + " ingest what is new.")
public final class WatchCommand implements Callable<Integer> {

  @Option(
      names = "--sources",
      required = true,
      paramLabel = "FILE",
      description = "The sources file (YAML): a list of name + feed or telegram, with interval.")
  Path sourcesFile;

  @Mixin DbOption db;

  @Option(
      names = "--state",
      paramLabel = "FILE",
      description =
          "Where to remember how far each source was read (default: beside a SQLite database,"
              + " DB.watch-state.json).")
  @Nullable Path stateFile;

  @Option(names = "--once", description = "Poll every source once, then stop.")
  boolean once;

  @Override
  public Integer call() {
    List<WatchedSource> sources;
    try {
      sources = SourcesFile.read(sourcesFile);
    } catch (IllegalArgumentException e) {
      throw new UserError(e.getMessage());
    }
    Path statePath = stateFile != null ? stateFile : stateBeside(Stores.resolveSpec(db.db));
    WatchState state;
    try {
      state = WatchState.load(statePath);
    } catch (IllegalArgumentException e) {
      throw new UserError(e.getMessage());
    }
    try (Store store = db.open()) {
      IngestPipeline pipeline = new IngestPipeline(store, Extractors.standard());
      IngestSummary summary =
          watch(sources, state, new HttpFetcher(HttpFetcher.Options.defaults()), pipeline, once);
      System.out.println(summary.line());
    }
    return 0;
  }

  /**
   * Polls the sources into the pipeline: one cycle when {@code once}, else until the process is
   * asked to stop (Ctrl-C, SIGTERM), finishing the cycle's commit first.
   */
  static IngestSummary watch(
      List<WatchedSource> sources,
      WatchState state,
      HttpFetcher fetcher,
      IngestPipeline pipeline,
      boolean once) {
    Watcher watcher =
        new Watcher(
            sources, state, fetcher, ReadOptions.defaults(), results -> deliver(pipeline, results));
    if (once) {
      watcher.runOnce();
    } else {
      AtomicBoolean stop = new AtomicBoolean();
      Thread main = Thread.currentThread();
      Thread hook =
          new Thread(
              () -> {
                stop.set(true);
                main.interrupt();
                try {
                  main.join(15_000);
                } catch (InterruptedException e) {
                  Thread.currentThread().interrupt();
                }
              });
      Runtime.getRuntime().addShutdownHook(hook);
      watcher.run(stop::get);
    }
    return pipeline.finish();
  }

  /** Hands results to the pipeline, commits them, and says what became of them. */
  static ReportSink.Delivery deliver(IngestPipeline pipeline, List<ReadResult> results) {
    IngestSummary before = pipeline.summary();
    IngestCommand.offer(pipeline, results);
    pipeline.flush();
    IngestSummary after = pipeline.summary();
    return new ReportSink.Delivery(
        (int) (after.newReports() - before.newReports()),
        (int) (after.duplicates() - before.duplicates()),
        (int) (after.quarantined() - before.quarantined()));
  }

  /**
   * The state file beside a SQLite database ({@code DB.watch-state.json}).
   *
   * @throws UserError for a server database, which has no file to sit beside
   */
  static Path stateBeside(String spec) {
    String s = spec.strip();
    if (s.startsWith("jdbc:sqlite:")) {
      s = s.substring("jdbc:sqlite:".length());
    } else if (s.startsWith("sqlite:")) {
      s = s.substring("sqlite:".length());
    } else if (s.contains("://") || s.startsWith("jdbc:")) {
      throw new UserError("--state FILE is required with a server database (" + spec + ")");
    }
    return Path.of(s + ".watch-state.json");
  }
}
