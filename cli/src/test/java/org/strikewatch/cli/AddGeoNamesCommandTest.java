package org.strikewatch.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.strikewatch.geo.gazetteer.Gazetteer;
import org.strikewatch.geo.gazetteer.GazetteerEntry;
import org.strikewatch.geo.gazetteer.internal.GazetteerCompiler;

class AddGeoNamesCommandTest {
  @TempDir Path dir;
  private String oldData;
  private final ByteArrayOutputStream out = new ByteArrayOutputStream();
  private final ByteArrayOutputStream err = new ByteArrayOutputStream();
  private PrintStream oldOut;
  private PrintStream oldErr;

  private static String row(long id, String name, String alt, double lat, double lon, String cc) {
    return String.join(
        "\t",
        String.valueOf(id),
        name,
        name,
        alt,
        String.valueOf(lat),
        String.valueOf(lon),
        "P",
        "PPL",
        cc,
        "",
        "07",
        "",
        "",
        "",
        "600",
        "",
        "120",
        "Europe/Kyiv",
        "2024-05-01");
  }

  @BeforeEach
  void setUp() throws IOException {
    Path base = dir.resolve("base.txt");
    Files.write(base, List.of(row(1, "Basetown", "", 50.0, 36.0, "UA")), StandardCharsets.UTF_8);
    GazetteerCompiler.compileBase(base, null, dir.resolve("data").resolve(Gazetteer.BASE_FILE));
    oldData = System.getProperty("strikewatch.data");
    System.setProperty("strikewatch.data", dir.resolve("data").toString());
    oldOut = System.out;
    oldErr = System.err;
    System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
    System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
  }

  @AfterEach
  void tearDown() {
    System.setOut(oldOut);
    System.setErr(oldErr);
    if (oldData == null) {
      System.clearProperty("strikewatch.data");
    } else {
      System.setProperty("strikewatch.data", oldData);
    }
  }

  @Test
  void adds_the_places_of_a_geonames_dump_to_the_gazetteer() throws IOException {
    Path dump = dir.resolve("UA.txt");
    Files.write(
        dump,
        List.of(
            row(9000001, "Hlyboke", "Glubokoye,Глибоке,Глубокое", 50.4897, 36.6011, "UA"),
            row(9000002, "Vesele", "Веселе", 50.2, 36.5, "UA"),
            "not a geonames line"),
        StandardCharsets.UTF_8);
    int code = Main.run("data", "add-geonames", dump.toString());
    assertThat(code).isEqualTo(0);
    assertThat(out.toString(StandardCharsets.UTF_8))
        .startsWith("added 2 places from " + dump)
        .contains("(1 malformed lines skipped, first: line 3: expected 19 tab-separated columns");
    Gazetteer g = Gazetteer.load(dir.resolve("data"));
    List<GazetteerEntry> found = g.find("Глибокого");
    assertThat(g.find("Glubokoye")).extracting(GazetteerEntry::id).contains("geonames:9000001");
    assertThat(g.find("Глибоке")).extracting(GazetteerEntry::name).contains("Hlyboke");
    assertThat(found).isNotNull();
    assertThat(g.find("Basetown")).hasSize(1);
  }

  @Test
  void a_file_that_is_not_a_dump_is_one_line_and_exit_2() throws IOException {
    Path notDump = dir.resolve("notes.txt");
    Files.write(notDump, List.of("hello", "world"), StandardCharsets.UTF_8);
    assertThat(Main.run("data", "add-geonames", notDump.toString())).isEqualTo(2);
    assertThat(err.toString(StandardCharsets.UTF_8))
        .isEqualTo(
            "add-geonames: "
                + notDump
                + " is not a GeoNames dump (19 tab-separated columns): line 1: expected 19"
                + " tab-separated columns, found 1"
                + System.lineSeparator());
  }

  @Test
  void a_missing_dump_is_named() {
    Path missing = dir.resolve("RU.txt");
    assertThat(Main.run("data", "add-geonames", missing.toString())).isEqualTo(2);
    assertThat(err.toString(StandardCharsets.UTF_8))
        .isEqualTo("add-geonames: no such file: " + missing + System.lineSeparator());
  }

  @Test
  void a_dump_in_another_encoding_is_refused() throws IOException {
    Path latin1 = dir.resolve("latin1.txt");
    Files.write(latin1, new byte[] {'K', (byte) 0xE9, '\t', 'x'});
    assertThat(Main.run("data", "add-geonames", latin1.toString())).isEqualTo(2);
    assertThat(err.toString(StandardCharsets.UTF_8))
        .isEqualTo("add-geonames: " + latin1 + " is not valid UTF-8" + System.lineSeparator());
  }
}
