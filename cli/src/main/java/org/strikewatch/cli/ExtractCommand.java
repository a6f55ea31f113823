package org.strikewatch.cli;

import java.io.PrintWriter;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.strikewatch.model.Extraction;
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
    Extraction e =
        Extractors.fromData()
            .extract(
                Report.builder(text.text())
                    .published(date)
                    .language("auto".equals(language) ? null : language)
                    .source(source)
                    .build());
    if (!text.warnings().isEmpty()) {
      List<String> warnings = new ArrayList<>(text.warnings());
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
}
