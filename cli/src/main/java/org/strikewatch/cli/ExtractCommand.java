package org.strikewatch.cli;

import java.io.PrintWriter;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.strikewatch.ingest.ReadOptions;
import org.strikewatch.ingest.ReadResult;
import org.strikewatch.ingest.ReportSource;
import org.strikewatch.ingest.Sources;
import org.strikewatch.ingest.http.HttpFetcher;
import org.strikewatch.model.Extraction;
import org.strikewatch.model.IncomingReport;
import org.strikewatch.model.Report;
import org.strikewatch.model.json.ExtractionJson;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code strikewatch extract}: prints the incidents and claims one report states, as JSON. */
@Command(
    name = "extract",
    mixinStandardHelpOptions = true,
    description = "Extract the incidents and claims of one report; print contract JSON.")
public final class ExtractCommand implements Runnable {

  @Option(
      names = "--published",
      paramLabel = "YYYY-MM-DD",
      description = "Publication date that relative dates are anchored to.")
  String published;

  @Option(
      names = "--lang",
      defaultValue = "auto",
      description = "Language of the report: auto, en, ru or uk (default: ${DEFAULT-VALUE}).")
  String lang;

  @Option(names = "--source", paramLabel = "NAME", description = "Name of the source.")
  String source;

  @Parameters(index = "0", paramLabel = "FILE|-", description = "The report file, or - for stdin.")
  String file;

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    String language = lang.toLowerCase(Locale.ROOT);
    if (!List.of("auto", "en", "ru", "uk").contains(language)) {
      throw new UserError("--lang must be auto, en, ru or uk, not \"" + lang + "\"");
    }
    LocalDate date = null;
    if (published != null) {
      try {
        date = LocalDate.parse(published.strip());
      } catch (DateTimeParseException e) {
        throw new UserError("--published must be a date as YYYY-MM-DD, not \"" + published + "\"");
      }
    }
    ReportFiles.ReportText text = ReportFiles.read(file);
    String body = text.text();
    String src = source;
    String lng = "auto".equals(language) ? null : language;
    List<String> readWarnings = new ArrayList<>(text.warnings());
    if (!"-".equals(file) && hasFrontMatter(body)) {
      IncomingReport r = readFrontMatterFile(file);
      body = r.text();
      date = date != null ? date : r.published();
      src = src != null ? src : r.source();
      lng = lng != null ? lng : r.language();
      readWarnings.add(
          "front matter read as ingest reads it (published, source, title, language); evidence"
              + " offsets count from the text after it");
    }
    Extraction e =
        Extractors.fromData()
            .extract(Report.builder(body).published(date).language(lng).source(src).build());
    if (!readWarnings.isEmpty()) {
      List<String> warnings = new ArrayList<>(readWarnings);
      warnings.addAll(e.warnings());
      e =
          new Extraction(
              e.language(),
              e.published(),
              e.publishedSource(),
              e.source(),
              e.incidents(),
              e.claims(),
              warnings);
    }
    PrintWriter out = spec.commandLine().getOut();
    out.println(ExtractionJson.toPrettyString(e));
    out.flush();
    PrintWriter err = spec.commandLine().getErr();
    err.println(
        "extract: "
            + text.name()
            + ": "
            + e.incidents().size()
            + " incident(s), "
            + e.claims().size()
            + " claim(s), "
            + e.warnings().size()
            + " warning(s)");
    err.flush();
  }

  private static boolean hasFrontMatter(String text) {
    int nl = text.indexOf('\n');
    return (nl < 0 ? text : text.substring(0, nl)).strip().equals("---");
  }

  /** Reads a text or Markdown file with front matter through the ingest readers. */
  private static IncomingReport readFrontMatterFile(String file) {
    ReportSource src =
        Sources.open(file, ReadOptions.defaults(), new HttpFetcher(HttpFetcher.Options.defaults()));
    try (Stream<ReadResult> results = src.read()) {
      ReadResult first =
          results.findFirst().orElseThrow(() -> new UserError(file + ": no report in the file"));
      if (first instanceof ReadResult.Read read) {
        return read.report();
      }
      if (first instanceof ReadResult.Rejected rejected) {
        throw new UserError(file + ": " + rejected.rejection().reason());
      }
      throw new UserError(file + ": " + ((ReadResult.Skipped) first).reason());
    }
  }
}
