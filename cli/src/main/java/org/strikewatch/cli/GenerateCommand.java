package org.strikewatch.cli;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import org.jspecify.annotations.Nullable;
import org.strikewatch.bench.corpus.CorpusGenerator;
import org.strikewatch.bench.corpus.CorpusJson;
import org.strikewatch.bench.corpus.CorpusOptions;
import org.strikewatch.model.json.ExtractionJson;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code strikewatch generate}: writes a deterministic synthetic corpus as JSON Lines. */
@Command(
    name = "generate",
    mixinStandardHelpOptions = true,
    description = "Generate a synthetic corpus of reports with ground truth (JSON Lines).")
public final class GenerateCommand implements Runnable {

  /** The language mixes a corpus can have. */
  enum Mix {
    mixed,
    en,
    slavic
  }

  @Option(names = "--reports", defaultValue = "1000", description = "Number of reports.")
  long reports;

  @Option(names = "--seed", defaultValue = "1", description = "Random seed.")
  long seed;

  @Option(
      names = "--mix",
      defaultValue = "mixed",
      description = "Languages: mixed (en/ru/uk), en, slavic (ru/uk).")
  Mix mix;

  @Option(
      names = "--chars",
      description = "Target report length in characters (default: 80 to 10,000 for mixed).")
  @Nullable Integer chars;

  @Option(
      names = {"-o", "--output"},
      description = "Output file (default: stdout).")
  @Nullable Path output;

  @Override
  public void run() {
    if (reports < 0) {
      throw new UserError("--reports must not be negative: " + reports);
    }
    if (chars != null && chars < 10) {
      throw new UserError("--chars must be at least 10: " + chars);
    }
    CorpusOptions options =
        switch (mix) {
          case en -> CorpusOptions.english(chars == null ? 3000 : chars);
          case slavic -> CorpusOptions.slavic(chars == null ? 2000 : chars);
          case mixed ->
              chars == null ? CorpusOptions.mixed() : new CorpusOptions(0.35, 0.25, chars, chars);
        };
    CorpusGenerator generator = CorpusGenerator.withBuiltInPlaces(seed, options);
    try {
      if (output == null) {
        Writer w = new BufferedWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8));
        write(generator, w);
        w.flush();
      } else {
        Path dir = output.toAbsolutePath().getParent();
        Path tmp = Files.createTempFile(dir, ".generate", ".part");
        try (Writer w = Files.newBufferedWriter(tmp, StandardCharsets.UTF_8)) {
          write(generator, w);
        }
        Files.move(
            tmp, output, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write the corpus: " + e.getMessage(), e);
    }
  }

  private void write(CorpusGenerator generator, Writer w) throws IOException {
    for (long i = 0; i < reports; i++) {
      w.write(ExtractionJson.compact(CorpusJson.toJson(generator.next())));
      w.write('\n');
    }
  }
}
