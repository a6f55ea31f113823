package org.strikewatch.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.strikewatch.cli.pipeline.IngestPipeline;
import org.strikewatch.cli.pipeline.IngestSummary;
import org.strikewatch.cli.pipeline.ReportExtractor;
import org.strikewatch.ingest.ReadOptions;
import org.strikewatch.ingest.ReportSource;
import org.strikewatch.ingest.Sources;
import org.strikewatch.ingest.http.HttpFetcher;
import org.strikewatch.model.Extraction;
import org.strikewatch.model.PublishedSource;
import org.strikewatch.store.Store;
import org.strikewatch.store.Stores;

/**
 * The ingest command's reading wired to the store pipeline, end to end on a SQLite file; the
 * extraction stage is a stand-in that finds nothing, so the test is about reading, storing and
 * quarantining.
 */
class IngestCommandTest {
  private static final ReportExtractor FINDS_NOTHING =
      ReportExtractor.of(
          "test-nothing-1",
          r ->
              new Extraction(
                  "en",
                  r.published(),
                  r.published() == null ? PublishedSource.UNKNOWN : PublishedSource.GIVEN,
                  r.source(),
                  List.of(),
                  List.of(),
                  List.of()));

  @TempDir Path tmp;

  private Path folder() throws IOException {
    Path dir = Files.createDirectories(tmp.resolve("in/exports"));
    Files.writeString(
        tmp.resolve("in/depot.md"),
        "---\npublished: 2024-05-16\nsource: Example Wire\n---\nA fuel depot near Northtown burned"
            + " after a drone attack overnight.\n");
    Files.writeString(
        tmp.resolve("in/article.html"),
        "<html><head><meta property=\"article:published_time\" content=\"2024-03-09\"></head>"
            + "<body><nav><a href=\"/\">Home</a></nav><article><h1>Bridge damaged</h1><p>A road"
            + " bridge near Southport was damaged overnight by a missile, officials said.</p>"
            + "</article></body></html>");
    Files.writeString(
        dir.resolve("result.json"),
        "{\"name\":\"Example Monitor\",\"type\":\"public_channel\",\"messages\":["
            + "{\"id\":1,\"type\":\"service\",\"date\":\"2024-01-05T10:00:00\",\"action\":\"create_channel\",\"text\":\"\"},"
            + "{\"id\":2,\"type\":\"message\",\"date\":\"2024-01-06T22:15:00\",\"text\":\"Explosions reported in Northtown.\"},"
            + "{\"id\":3,\"type\":\"message\",\"date\":\"2024-01-07T08:05:00\",\"text\":[{\"type\":\"bold\",\"text\":\"Update:\"},\" a garage was hit.\"]}]}");
    Files.writeString(
        dir.resolve("broken.json"),
        "{\"name\":\"Example Monitor\",\"messages\":[{\"id\":9,\"type\":\"service\",\"text\":\"\"},");
    byte[] binary = new byte[256];
    for (int i = 0; i < binary.length; i++) {
      binary[i] = (byte) i;
    }
    Files.write(tmp.resolve("in/photo.jpg"), binary);
    Files.writeString(
        tmp.resolve("in/empty.html"),
        "<html><head><title>Site</title></head><body><nav><a href=\"/\">Home</a></nav>"
            + "<footer>Copyright</footer></body></html>");
    return tmp.resolve("in");
  }

  private IngestSummary ingest(Path db, Path folder) {
    List<ReportSource> units =
        new ArrayList<>(
            Sources.openEach(
                folder.toString(),
                ReadOptions.defaults(),
                new HttpFetcher(HttpFetcher.Options.defaults())));
    try (Store store = Stores.open(db.toString())) {
      IngestPipeline pipeline = new IngestPipeline(store, FINDS_NOTHING);
      IngestCommand.run(
          units,
          new IngestCommand.PipelineIntake(pipeline),
          new Progress(System.err, Progress.Mode.NONE, units.size()));
      return pipeline.summary();
    }
  }

  private static String run(String... args) {
    PrintStream old = System.out;
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try {
      System.setOut(new PrintStream(bytes, true, StandardCharsets.UTF_8));
      int code = Main.run(args);
      assertThat(code).isZero();
    } finally {
      System.setOut(old);
    }
    return bytes.toString(StandardCharsets.UTF_8);
  }

  @Test
  void quarantines_a_broken_export_a_binary_file_and_a_page_without_text_and_stores_the_rest()
      throws IOException {
    Path db = tmp.resolve("sw.db");
    Path in = folder();
    IngestSummary first = ingest(db, in);
    assertThat(first.newReports()).isEqualTo(4);
    assertThat(first.quarantined()).isEqualTo(3);
    assertThat(first.skipped()).isEqualTo(2);

    String listed = run("quarantine", "list", "--db", db.toString());
    assertThat(listed)
        .contains(
            in.resolve("exports/broken.json") + "\tbroken JSON in broken.json at line 1, column ")
        .contains(in.resolve("photo.jpg") + "\tbinary file")
        .contains(in.resolve("empty.html") + "\tno article text")
        .contains("3 quarantined");
  }

  @Test
  void ingesting_the_same_folder_again_adds_no_report() throws IOException {
    Path db = tmp.resolve("sw.db");
    Path in = folder();
    ingest(db, in);
    IngestSummary again = ingest(db, in);
    assertThat(again.newReports()).isZero();
    assertThat(again.duplicates()).isEqualTo(4);
  }

  @Test
  void a_dry_run_reads_and_counts_without_a_database() throws IOException {
    Path in = folder();
    String out = run("ingest", "--dry-run", "--no-progress", in.toString());
    assertThat(out)
        .contains("would quarantine\t" + in.resolve("photo.jpg") + "\tbinary file")
        .contains("dry run: read 9, reports 4, would quarantine 3, skipped 2")
        .contains("6 sources, 9 items in ");
  }

  @Test
  void names_a_missing_source_in_one_line() {
    PrintStream old = System.err;
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    int code;
    try {
      System.setErr(new PrintStream(bytes, true, StandardCharsets.UTF_8));
      code = Main.run("ingest", "--dry-run", tmp.resolve("nowhere").toString());
    } finally {
      System.setErr(old);
    }
    assertThat(code).isEqualTo(2);
    assertThat(bytes.toString(StandardCharsets.UTF_8))
        .isEqualTo(
            "ingest: no such file or folder: " + tmp.resolve("nowhere") + System.lineSeparator());
  }
}
