package org.strikewatch.cli.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.strikewatch.dedupe.BlockedLinkageDeduplicator;
import org.strikewatch.model.IncomingReport;
import org.strikewatch.store.AddResult;
import org.strikewatch.store.ExtractionRows;
import org.strikewatch.store.JdbcStore;
import org.strikewatch.store.MentionRow;
import org.strikewatch.store.StoredMention;
import org.strikewatch.store.StoredReport;
import org.strikewatch.store.Stores;

class StoreDeduplicationTest {

  @TempDir Path dir;

  static List<IncomingReport> reports(Random random, int count) {
    String[] weapons = {"drone", "guided_bomb", "aerial_bomb", "missile", "-"};
    List<IncomingReport> out = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      StringBuilder text = new StringBuilder("report " + i);
      for (int k = random.nextInt(3); k >= 0; k--) {
        text.append("\n@strike P")
            .append(i)
            .append(' ')
            .append(50.0 + random.nextInt(8) * 0.02 + random.nextGaussian() * 0.004)
            .append(' ')
            .append(36.0 + random.nextInt(8) * 0.03 + random.nextGaussian() * 0.004)
            .append(' ')
            .append(LocalDate.of(2024, 4, 20).plusDays(random.nextInt(4)))
            .append(' ')
            .append(weapons[random.nextInt(weapons.length)])
            .append(' ')
            .append(random.nextInt(3));
      }
      out.add(IngestPipelineTest.report(text.toString()));
    }
    return out;
  }

  /** Every row of a table but its time stamps, in id order, as text. */
  static List<String> rows(JdbcStore store, String table) {
    List<String> out = new ArrayList<>();
    synchronized (store) {
      try (Statement s = store.connection().createStatement();
          ResultSet rs = s.executeQuery("SELECT * FROM " + table + " ORDER BY id")) {
        ResultSetMetaData meta = rs.getMetaData();
        while (rs.next()) {
          StringBuilder row = new StringBuilder();
          for (int c = 1; c <= meta.getColumnCount(); c++) {
            String name = meta.getColumnName(c);
            if (!Set.of("created_at", "updated_at", "at", "extracted_at").contains(name)) {
              row.append(name).append('=').append(rs.getString(c)).append(' ');
            }
          }
          out.add(row.toString());
        }
      } catch (SQLException e) {
        throw new IllegalStateException(e);
      }
    }
    return out;
  }

  @Test
  void mentions_written_after_placement_end_as_if_written_first_and_then_placed() {
    Random random = new Random(7L);
    List<IncomingReport> reports = reports(random, 240);
    LineExtractor extractor = new LineExtractor("x");
    try (JdbcStore first = Stores.open(dir.resolve("first.db").toString());
        JdbcStore later = Stores.open(dir.resolve("later.db").toString())) {
      StoreDeduplication firstDedupe =
          new StoreDeduplication(first, new BlockedLinkageDeduplicator());
      StoreDeduplication laterDedupe =
          new StoreDeduplication(later, new BlockedLinkageDeduplicator());
      for (int from = 0; from < reports.size(); ) {
        List<IncomingReport> batch =
            reports.subList(from, Math.min(reports.size(), from + 1 + random.nextInt(40)));
        from += batch.size();
        first.inTransaction(
            () -> {
              List<StoredMention> seeds = new ArrayList<>();
              for (IncomingReport r : batch) {
                StoredReport stored = stored(first, r);
                ExtractionRows rows = ExtractionRows.of(extractor.extract(r.toReport()));
                seeds.addAll(first.saveExtractionResults(stored, "x", rows));
              }
              Set<Long> fresh = new HashSet<>();
              seeds.forEach(m -> fresh.add(m.id()));
              firstDedupe.integrate(seeds, fresh);
            });
        later.inTransaction(
            () -> {
              List<MentionRow> unwritten = new ArrayList<>();
              for (IncomingReport r : batch) {
                StoredReport stored = stored(later, r);
                ExtractionRows rows = ExtractionRows.of(extractor.extract(r.toReport()));
                unwritten.addAll(later.saveExtractionAndClaims(stored, "x", rows));
              }
              laterDedupe.integrateUnwritten(unwritten);
            });
      }

      assertThat(rows(first, "incidents")).hasSizeGreaterThan(100);
      assertThat(rows(first, "mentions")).hasSizeGreaterThan(rows(first, "incidents").size());
      for (String table : List.of("mentions", "incidents", "merge_history", "extractions")) {
        assertThat(rows(later, table)).as(table).isEqualTo(rows(first, table));
      }
    }
  }

  private static StoredReport stored(JdbcStore store, IncomingReport r) {
    AddResult added = store.add(r);
    return store.report(added.reportId()).orElseThrow();
  }
}
