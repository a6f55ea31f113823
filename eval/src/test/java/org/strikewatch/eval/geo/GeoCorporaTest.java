package org.strikewatch.eval.geo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The corpus readers on small fixtures written for these tests (no benchmark text). */
class GeoCorporaTest {

  private static final String UA =
      "Drones struck Kharkiv overnight; officials in Kyiv and the Lviv region said the air"
          + " defence of Odesa was busy.";

  /** LGL/TR-News format: one good article, one without text. */
  private static final String LGL_FORMAT =
      """
      <?xml version="1.0" encoding="utf-8"?>
      <articles>
        <article docid="7">
          <title>Fixture</title>
          <text><![CDATA[%s]]></text>
          <toponyms>
            <toponym><start>14</start><end>21</end><phrase>Kharkiv</phrase>
              <gaztag geonameid="1"><name>Kharkiv</name><lat>49.99</lat><lon>36.23</lon></gaztag>
            </toponym>
            <toponym><start>46</start><end>50</end><phrase>Kyiv</phrase></toponym>
            <toponym><start>62</start><end>66</end><phrase>Lviv</phrase>
              <gaztag geonameid="2"><lat>49.84</lat><lon>24.03</lon></gaztag>
            </toponym>
            <toponym><start>x</start><end>100</end><phrase>Odesa</phrase></toponym>
            <toponym><start>95</start><phrase>Odesa</phrase></toponym>
            <toponym><start>10</start><end>16</end><phrase>Dnipro</phrase></toponym>
            <toponym><start>14</start><end>21</end><phrase>Kharkiv</phrase>
              <gaztag geonameid="1"><lat>95</lat><lon>36.23</lon></gaztag>
            </toponym>
          </toponyms>
        </article>
        <article docid="8"><title>No text</title></article>
      </articles>
      """
          .formatted(UA);

  private static final String KE =
      "A fever outbreak in Mombasa spread to Nairobi, and Kenyan doctors asked Geneva for help.";

  /** GeoVirus format: offsets one past the text, a location without latitude, a comment after. */
  private static final String GEOVIRUS_FORMAT =
      """
      <articles>
        <article>
          <source>https://example.org/fixture</source>
          <text>%s</text>
          <locations>
            <location><name>Mombasa</name><start>21</start><end>28</end>
              <lat>-4.05</lat><lon>39.67</lon><page>https://example.org/Mombasa</page></location>
            <location><name>Nairobi</name><start>39</start><end>46</end>
              <lat>-1.29</lat><lon>36.82</lon><page>https://example.org/Nairobi</page></location>
            <location><name>Geneva</name><start>72</start><end>78</end>
              <lat></lat><lon>6.14</lon><page>https://example.org/Geneva</page></location>
          </locations>
        </article>
      </articles>
      <!--<article><text></text><locations><location><name></name></location></locations></article>-->
      """
          .formatted(KE);

  @TempDir Path dir;

  @Test
  void reads_the_lgl_format_for_tr_news_with_points_where_the_gaztag_gives_one()
      throws IOException {
    GeoCorpus c = GeoCorpora.trNews(write("TR-News.xml", LGL_FORMAT));

    assertThat(c.name()).isEqualTo("TR-News");
    assertThat(c.documents()).hasSize(1);
    GeoDocument d = c.documents().get(0);
    assertThat(d.id()).isEqualTo("tr-7");
    assertThat(d.recognition())
        .extracting(GoldToponym::text)
        .containsExactly("Kharkiv", "Kyiv", "Lviv", "Kharkiv");
    assertThat(d.resolution())
        .containsExactly(
            new GoldToponym(14, 21, "Kharkiv", 49.99, 36.23, true),
            new GoldToponym(59, 63, "Lviv", 49.84, 24.03, true));
  }

  @Test
  void realigns_a_span_whose_offsets_drift_from_its_text() throws IOException {
    GeoCorpus c = GeoCorpora.trNews(write("TR-News.xml", LGL_FORMAT));

    assertThat(c.realigned()).isEqualTo(1);
    GoldToponym lviv = c.documents().get(0).recognition().get(2);
    assertThat(UA.substring(lviv.start(), lviv.end())).isEqualTo("Lviv");
  }

  @Test
  void skips_malformed_entries_and_says_which_and_why() throws IOException {
    GeoCorpus c = GeoCorpora.trNews(write("TR-News.xml", LGL_FORMAT));

    assertThat(c.skipped())
        .containsExactly(
            "tr-7 toponym 4: offsets are not numbers: \"x\", \"100\"",
            "tr-7 toponym 5: lacks a start, an end or its text",
            "tr-7 toponym 6: \"Dnipro\" is not at 10..16 nor within 24 characters of it",
            "tr-7 toponym 7: \"Kharkiv\" has no valid point: lat \"95\", lon \"36.23\"",
            "tr-8: has no <text>");
  }

  @Test
  void lgl_reads_the_same_format_under_its_own_name() throws IOException {
    GeoCorpus c = GeoCorpora.lgl(write("lgl.xml", LGL_FORMAT));

    assertThat(c.name()).isEqualTo("LGL");
    assertThat(c.documents().get(0).id()).isEqualTo("lgl-7");
    assertThat(c.documents().get(0).resolution()).hasSize(2);
  }

  @Test
  void realignment_only_takes_the_phrase_as_a_whole_word() throws IOException {
    String text = "Lvivska Street, Lviv.";
    String xml =
        """
        <articles><article docid="1"><text>%s</text><toponyms>
          <toponym><start>1</start><end>5</end><phrase>Lviv</phrase></toponym>
        </toponyms></article></articles>
        """
            .formatted(text);

    GoldToponym g =
        GeoCorpora.trNews(write("TR-News.xml", xml)).documents().get(0).recognition().get(0);

    assertThat(g.start()).isEqualTo(text.lastIndexOf("Lviv"));
  }

  @Test
  void reads_geovirus_locations_whose_offsets_are_one_past_the_text() throws IOException {
    GeoCorpus c = GeoCorpora.geoVirus(write("GeoVirus.xml", GEOVIRUS_FORMAT));

    assertThat(c.name()).isEqualTo("GeoVirus");
    assertThat(c.documents()).hasSize(1);
    GeoDocument d = c.documents().get(0);
    assertThat(d.id()).isEqualTo("geovirus-1");
    assertThat(d.recognition())
        .containsExactly(
            new GoldToponym(20, 27, "Mombasa", null, null, true),
            new GoldToponym(38, 45, "Nairobi", null, null, true),
            new GoldToponym(72, 78, "Geneva", null, null, true));
    assertThat(d.resolution())
        .containsExactly(
            new GoldToponym(20, 27, "Mombasa", -4.05, 39.67, true),
            new GoldToponym(38, 45, "Nairobi", -1.29, 36.82, true));
    assertThat(c.realigned()).isEqualTo(2);
    assertThat(c.skipped())
        .containsExactly(
            "geovirus-1 location 3: \"Geneva\" has no valid point: lat \"\", lon \"6.14\"");
  }

  @Test
  void a_file_that_is_not_xml_is_an_io_error_naming_the_file() throws IOException {
    Path d = write("GeoVirus.xml", "<articles><article>");

    assertThatThrownBy(() -> GeoCorpora.geoVirus(d))
        .isInstanceOf(IOException.class)
        .hasMessageStartingWith("cannot parse " + d.resolve("GeoVirus.xml") + ": ");
  }

  @Test
  void random_offsets_and_points_never_crash_a_reader_and_every_span_kept_matches_its_text()
      throws IOException {
    Random random = new Random(20261126L);
    Pattern number = Pattern.compile("<(start|end|lat|lon)>[^<]*</\\1>");
    String[] junk = {"", " ", "-1", "0", "abc", "1e9", "NaN", "99999999999", "12.5", "-200"};
    for (int round = 0; round < 200; round++) {
      for (String format : List.of(LGL_FORMAT, GEOVIRUS_FORMAT)) {
        Matcher m = number.matcher(format);
        StringBuilder b = new StringBuilder();
        while (m.find()) {
          String value =
              random.nextBoolean()
                  ? Integer.toString(random.nextInt(140) - 20)
                  : junk[random.nextInt(junk.length)];
          m.appendReplacement(b, "<" + m.group(1) + ">" + value + "</" + m.group(1) + ">");
        }
        m.appendTail(b);
        boolean lgl = format == LGL_FORMAT;
        Path d = write(lgl ? "TR-News.xml" : "GeoVirus.xml", b.toString());
        GeoCorpus c = lgl ? GeoCorpora.trNews(d) : GeoCorpora.geoVirus(d);

        assertThat(c.documents()).hasSize(1);
        String text = lgl ? UA : KE;
        for (GoldToponym g : c.documents().get(0).recognition()) {
          assertThat(text.substring(g.start(), g.end())).isEqualTo(g.text());
        }
        for (GoldToponym g : c.documents().get(0).resolution()) {
          assertThat(g.lat()).isNotNull().isBetween(-90.0, 90.0);
          assertThat(g.lon()).isNotNull().isBetween(-180.0, 180.0);
        }
      }
    }
  }

  private Path write(String name, String content) throws IOException {
    Files.writeString(dir.resolve(name), content, StandardCharsets.UTF_8);
    return dir;
  }
}
