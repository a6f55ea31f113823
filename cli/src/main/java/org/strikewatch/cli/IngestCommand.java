package org.strikewatch.cli;

import java.io.PrintStream;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import org.strikewatch.cli.pipeline.Extractors;
import org.strikewatch.cli.pipeline.IngestPipeline;
import org.strikewatch.ingest.ReadOptions;
import org.strikewatch.ingest.ReadResult;
import org.strikewatch.ingest.ReportSource;
import org.strikewatch.ingest.Sources;
import org.strikewatch.ingest.http.HttpFetcher;
import org.strikewatch.store.Store;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code strikewatch ingest SOURCE...}: reads reports into the database. */
@Command(
    name = "ingest",
    mixinStandardHelpOptions = true,
    description =
        "Read reports from files, folders, RSS/Atom feeds, Telegram exports and channels, web"
            + " pages into the database.")
public final class IngestCommand implements Callable<Integer> {

  @Parameters(
      arity = "1..*",
      paramLabel = "SOURCE",
      description =
          "A file, a folder (read recursively), or a URL: an article, a feed, or a Telegram"
              + " channel's https://t.me/s/CHANNEL preview.")
  List<String> sources = new ArrayList<>();

  @Option(
      names = "--source",
      paramLabel = "NAME",
      description = "Source name for every report (overrides what the input says).")
  @Nullable String sourceName;

  @Option(
      names = "--published",
      paramLabel = "YYYY-MM-DD",
      description = "Publication date for reports that carry none.")
  @Nullable String published;

  @Option(
      names = "--channel",
      paramLabel = "USERNAME",
      description =
          "Public username of the channel a Telegram export came from, to link each message as https://t.me/USERNAME/ID.")
  @Nullable String channel;

  @Option(
      names = "--max-pages",
      defaultValue = "50",
      paramLabel = "N",
      description =
          "At most this many pages of a Telegram channel preview (default ${DEFAULT-VALUE}).")
  int maxPages;

  @Mixin DbOption db;

  @Option(names = "--dry-run", description = "Read and count only; store nothing.")
  boolean dryRun;

  @Option(names = "--no-progress", description = "No progress bar or progress lines.")
  boolean noProgress;

  @Override
  public Integer call() {
    ReadOptions options = readOptions();
    HttpFetcher fetcher = new HttpFetcher(HttpFetcher.Options.defaults());
    List<ReportSource> units = new ArrayList<>();
    for (String spec : sources) {
      try {
        units.addAll(Sources.openEach(spec, options, fetcher));
      } catch (IllegalArgumentException e) {
        throw new UserError(e.getMessage());
      }
    }
    Progress progress =
        new Progress(System.err, noProgress ? Progress.Mode.NONE : Progress.auto(), units.size());
    if (dryRun) {
      return run(units, new CountingIntake(System.out), progress);
    }
    try (Store store = db.open()) {
      IngestPipeline pipeline = new IngestPipeline(store, Extractors.standard());
      return run(units, new PipelineIntake(pipeline), progress);
    }
  }

  /** Reads every unit into the intake, showing progress, and prints the summary. */
  static int run(List<ReportSource> units, Intake intake, Progress progress) {
    long started = System.nanoTime();
    long[] items = {0};
    for (ReportSource unit : units) {
      try (Stream<ReadResult> results = unit.read()) {
        results.forEach(
            r -> {
              items[0]++;
              intake.take(r);
              if (r instanceof ReadResult.Read) {
                progress.report();
              } else if (r instanceof ReadResult.Rejected) {
                progress.quarantined();
              }
            });
      }
      progress.sourceDone();
    }
    String summary = intake.finish();
    progress.finish();
    double seconds = (System.nanoTime() - started) / 1e9;
    System.out.println(summary);
    System.out.printf(
        Locale.ROOT,
        "%,d sources, %,d items in %.1f s (%,.0f items/s)%n",
        units.size(),
        items[0],
        seconds,
        items[0] / Math.max(seconds, 1e-3));
    return 0;
  }

  private ReadOptions readOptions() {
    LocalDate date = null;
    if (published != null) {
      try {
        date = LocalDate.parse(published);
      } catch (DateTimeParseException e) {
        throw new UserError("--published: expected YYYY-MM-DD but found \"" + published + "\"");
      }
    }
    if (maxPages < 1) {
      throw new UserError("--max-pages must be at least 1: " + maxPages);
    }
    try {
      return ReadOptions.builder()
          .source(sourceName)
          .published(date)
          .telegramChannel(channel)
          .maxPages(maxPages)
          .build();
    } catch (IllegalArgumentException e) {
      throw new UserError(e.getMessage());
    }
  }

  /** Where read results go: the store pipeline, or only counters for a dry run. */
  interface Intake {
    void take(ReadResult result);

    /** Completes the run and returns the one-line summary. */
    String finish();
  }

  /** Offers read results to the pipeline: reports, rejections (quarantine), skipped items. */
  static void offer(IngestPipeline pipeline, List<ReadResult> results) {
    results.forEach(r -> offer(pipeline, r));
  }

  static void offer(IngestPipeline pipeline, ReadResult result) {
    if (result instanceof ReadResult.Read read) {
      pipeline.accept(read.report());
    } else if (result instanceof ReadResult.Rejected rejected) {
      pipeline.reject(rejected.rejection());
    } else {
      pipeline.skip();
    }
  }

  /** The store pipeline: save, extract, de-duplicate; quarantine rejections. */
  static final class PipelineIntake implements Intake {
    private final IngestPipeline pipeline;

    PipelineIntake(IngestPipeline pipeline) {
      this.pipeline = pipeline;
    }

    @Override
    public void take(ReadResult result) {
      offer(pipeline, result);
    }

    @Override
    public String finish() {
      return pipeline.finish().line();
    }
  }

  /** A dry run: counts what was read and lists what would be quarantined. */
  static final class CountingIntake implements Intake {
    private final PrintStream out;
    private long read;
    private long reports;
    private long rejected;
    private long skipped;

    CountingIntake(PrintStream out) {
      this.out = out;
    }

    @Override
    public void take(ReadResult result) {
      read++;
      if (result instanceof ReadResult.Read) {
        reports++;
      } else if (result instanceof ReadResult.Rejected r) {
        rejected++;
        out.println("would quarantine\t" + r.origin() + "\t" + r.rejection().reason());
      } else {
        skipped++;
      }
    }

    @Override
    public String finish() {
      return String.format(
          Locale.ROOT,
          "dry run: read %d, reports %d, would quarantine %d, skipped %d",
          read,
          reports,
          rejected,
          skipped);
    }
  }
}
