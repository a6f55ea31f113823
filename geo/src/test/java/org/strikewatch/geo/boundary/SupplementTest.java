package org.strikewatch.geo.boundary;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The supplement of frontline settlements: well-formed, and every point inside its region. */
class SupplementTest {

  static final String HEADER =
      "id\tname_en\tname_ru\tname_uk\talt_names\tlat\tlon\tcountry\tadmin1\tfeature\tpopulation";
  static final Set<String> REGIONS =
      Set.of(
          "Belgorod Oblast",
          "Kursk Oblast",
          "Bryansk Oblast",
          "Voronezh Oblast",
          "Kharkiv Oblast",
          "Sumy Oblast",
          "Chernihiv Oblast",
          "Donetsk Oblast",
          "Luhansk Oblast",
          "Zaporizhzhia Oblast",
          "Kherson Oblast");

  static List<String[]> rows = new ArrayList<>();
  static String header = "";

  @BeforeAll
  static void read() throws IOException {
    try (InputStream in =
        SupplementTest.class.getResourceAsStream("/org/strikewatch/geo/supplement.tsv")) {
      assertThat(in).isNotNull();
      List<String> lines =
          List.of(new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n"));
      header = lines.get(0);
      for (String l : lines.subList(1, lines.size())) {
        if (!l.isBlank()) {
          rows.add(l.split("\t", -1));
        }
      }
    }
  }

  @Test
  void has_the_header_and_at_least_300_settlements_in_the_border_and_front_regions() {
    assertThat(header).isEqualTo(HEADER);
    assertThat(rows).hasSizeGreaterThanOrEqualTo(300);
    Set<String> ids = new HashSet<>();
    for (String[] r : rows) {
      assertThat(r).as(String.join("|", r)).hasSize(11);
      assertThat(ids.add(r[0])).as("duplicate id " + r[0]).isTrue();
      assertThat(r[0]).matches("sw:[a-z0-9-]+");
      assertThat(r[1]).as(r[0] + " name_en").isNotBlank();
      assertThat(r[2]).as(r[0] + " name_ru").matches(".*[А-Яа-яЁё].*");
      assertThat(r[3]).as(r[0] + " name_uk").matches(".*[А-Яа-яІіЇїЄєҐґ].*");
      assertThat(r[8]).as(r[0] + " admin1").isIn(REGIONS);
      assertThat(r[7]).as(r[0] + " country").isIn("UA", "RU");
      assertThat(r[9]).isEqualTo("PPL");
      assertThat(Double.parseDouble(r[5])).isBetween(44.0, 53.0);
      assertThat(Double.parseDouble(r[6])).isBetween(30.0, 41.0);
    }
    Set<String> regions = new HashSet<>();
    rows.forEach(r -> regions.add(r[8]));
    assertThat(regions).containsExactlyInAnyOrderElementsOf(REGIONS);
  }

  @Test
  void every_settlement_lies_inside_the_region_and_country_it_names() {
    Path data = DataDir.configured().orElse(Path.of(".data"));
    assumeTrue(
        Files.isRegularFile(data.resolve("geo/boundary/admin1.bin")),
        "compiled boundary data missing under " + data);
    BoundaryGeography geo = BoundaryGeography.load(data);
    List<String> wrong = new ArrayList<>();
    for (String[] r : rows) {
      double lat = Double.parseDouble(r[5]);
      double lon = Double.parseDouble(r[6]);
      AdminRegion at = geo.region(lat, lon).orElse(null);
      if (at == null || !at.nameEn().equals(r[8]) || !at.country().equals(r[7])) {
        wrong.add(
            r[0] + " at " + lat + "," + lon + " is in " + (at == null ? "no region" : at.nameEn()));
      }
    }
    assertThat(wrong).isEmpty();
  }
}
