package org.strikewatch.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.strikewatch.ingest.http.HttpFetcher;
import org.strikewatch.model.IncomingReport;

/**
 * Reads the real saved inputs under ../shared/fixtures/real-inputs (skipped where shared/ is
 * absent): checks the readers on formats as published, and scores article-body extraction against
 * the reference bodies saved beside the pages (word overlap), with floors pinned.
 */
class RealInputsEvalTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  static Path realInputs() {
    Path dir = Path.of(System.getProperty("user.dir")).toAbsolutePath();
    while (dir != null && !Files.isDirectory(dir.resolve("../shared/fixtures/real-inputs"))) {
      dir = dir.getParent();
    }
    Assumptions.assumeTrue(dir != null, "no ../shared/fixtures/real-inputs");
    return dir.resolve("../shared/fixtures/real-inputs").normalize();
  }

  static List<ReadResult> read(Path p) {
    HttpFetcher offline = new HttpFetcher(HttpFetcher.Options.defaults());
    try (Stream<ReadResult> s =
        Sources.open(p.toString(), ReadOptions.defaults(), offline).read()) {
      return s.toList();
    }
  }

  static List<IncomingReport> reports(List<ReadResult> results) {
    List<IncomingReport> out = new ArrayList<>();
    for (ReadResult r : results) {
      if (r instanceof ReadResult.Read read) {
        out.add(read.report());
      }
    }
    return out;
  }

  @Test
  void reads_the_real_telegram_exports() {
    List<ReadResult> results = read(realInputs().resolve("telegram-export"));
    List<IncomingReport> reports =
        reports(results).stream().filter(r -> r.origin().contains(".result.json#")).toList();
    assertThat(results).noneMatch(r -> r instanceof ReadResult.Rejected);
    assertThat(reports).hasSizeGreaterThanOrEqualTo(40);
    assertThat(reports).allSatisfy(r -> assertThat(r.published()).isNotNull());
    assertThat(results)
        .filteredOn(r -> r instanceof ReadResult.Skipped s && s.reason().startsWith("service"))
        .hasSize(6);
  }

  @Test
  void reads_the_real_telegram_web_pages() {
    List<IncomingReport> reports = reports(read(realInputs().resolve("telegram-web")));
    assertThat(reports)
        .filteredOn(r -> r.url() != null && r.url().startsWith("https://t.me/topwar_official/"))
        .hasSizeGreaterThanOrEqualTo(12)
        .allSatisfy(r -> assertThat(r.source()).isEqualTo("Военное обозрение"))
        .allSatisfy(r -> assertThat(r.text()).doesNotContain("  "));
  }

  @Test
  void reads_the_real_feeds() {
    List<ReadResult> results = read(realInputs().resolve("rss"));
    List<IncomingReport> reports = reports(results);
    assertThat(reports).filteredOn(r -> r.url() != null).hasSizeGreaterThanOrEqualTo(55 + 15 + 1);
    assertThat(reports)
        .filteredOn(r -> r.url() != null)
        .allSatisfy(r -> assertThat(r.published()).isNotNull());
  }

  @Test
  void extracts_article_bodies_close_to_the_reference() throws IOException {
    Path dir = realInputs().resolve("html-article");
    Map<String, String> reference = new HashMap<>();
    JsonNode truth = JSON.readTree(dir.resolve("ground-truth.subset.json").toFile());
    truth.forEach(n -> reference.put(n.path("url").asText(), n.path("articleBody").asText()));
    try (Stream<Path> files = Files.list(dir)) {
      for (Path f : files.filter(p -> p.toString().endsWith(".fundus-expected.json")).toList()) {
        JsonNode v1 = JSON.readTree(f.toFile()).path("V1");
        StringBuilder body = new StringBuilder();
        v1.path("body").path("summary").forEach(s -> body.append(s.asText()).append('\n'));
        for (JsonNode section : v1.path("body").path("sections")) {
          section.path("headline").forEach(s -> body.append(s.asText()).append('\n'));
          section.path("paragraphs").forEach(s -> body.append(s.asText()).append('\n'));
        }
        String page = f.getFileName().toString().replace(".fundus-expected.json", "");
        reference.put(page, body.toString());
      }
    }
    double recallSum = 0;
    double precisionSum = 0;
    int n = 0;
    for (IncomingReport r : reports(read(dir))) {
      if (!r.mediaType().equals("text/html")) {
        continue;
      }
      String name =
          Path.of(r.origin()).getFileName().toString().replaceFirst("\\.html(\\.gz)?$", "");
      String ref = reference.getOrDefault(r.url(), reference.get(name));
      if (ref == null) {
        continue;
      }
      assertThat(r.published()).as(name).isNotNull();
      double[] pr = overlap(r.text(), ref);
      System.out.printf(
          Locale.ROOT, "article %-55s precision %.2f recall %.2f%n", name, pr[0], pr[1]);
      precisionSum += pr[0];
      recallSum += pr[1];
      n++;
    }
    System.out.printf(
        Locale.ROOT,
        "article bodies: %d pages, mean word precision %.2f, mean word recall %.2f%n",
        n,
        precisionSum / n,
        recallSum / n);
    assertThat(n).isEqualTo(6);
    assertThat(recallSum / n).isGreaterThanOrEqualTo(0.95);
    assertThat(precisionSum / n).isGreaterThanOrEqualTo(0.85);
  }

  /** Word-multiset precision and recall of {@code got} against {@code want}. */
  static double[] overlap(String got, String want) {
    Map<String, Integer> w = words(want);
    Map<String, Integer> g = words(got);
    int common = 0;
    int gotTotal = 0;
    int wantTotal = 0;
    for (var e : g.entrySet()) {
      common += Math.min(e.getValue(), w.getOrDefault(e.getKey(), 0));
      gotTotal += e.getValue();
    }
    for (int c : w.values()) {
      wantTotal += c;
    }
    return new double[] {
      gotTotal == 0 ? 0 : (double) common / gotTotal,
      wantTotal == 0 ? 0 : (double) common / wantTotal
    };
  }

  private static Map<String, Integer> words(String s) {
    Map<String, Integer> m = new HashMap<>();
    for (String t : s.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+")) {
      if (!t.isEmpty()) {
        m.merge(t, 1, Integer::sum);
      }
    }
    return m;
  }
}
