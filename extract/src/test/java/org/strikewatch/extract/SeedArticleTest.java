package org.strikewatch.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.strikewatch.model.Extraction;
import org.strikewatch.model.Report;
import org.strikewatch.model.json.ExtractionJson;
import org.strikewatch.time.RuleBasedTemporalTagger;

class SeedArticleTest {

  static final DictionaryGeoparser GEO = new DictionaryGeoparser();
  static final IncidentExtractor EXTRACTOR =
      RuleBasedIncidentExtractor.builder()
          .temporalTagger(new RuleBasedTemporalTagger())
          .geoparser(GEO)
          .geography(GEO)
          .build();

  @Test
  void scratch() throws java.io.IOException {
    String file = System.getenv("SEED_FILE");
    String text =
        file == null
            ? "A Russian missile hit Belgorod last month."
            : java.nio.file.Files.readString(java.nio.file.Path.of(file));
    Extraction e =
        EXTRACTOR.extract(
            Report.builder(text)
                .published(
                    "none".equals(System.getenv("PUBLISHED")) ? null : LocalDate.of(2024, 5, 16))
                .build());
    System.out.println(ExtractionJson.toPrettyString(e));
    assertThat(e).isNotNull();
  }
}
