package org.strikewatch.geo.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Optional;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.locationtech.jts.geom.Geometry;
import org.strikewatch.geo.control.internal.ControlGeoJson;

class ControlLayersTest {

  /** Every named region is a small square around Simferopol, enough for the default layer. */
  static final Function<String, Optional<Geometry>> AREAS =
      iso -> Optional.of(ControlGeoJson.circle(44.95, 34.10, 30));

  @TempDir Path data;

  static LocalDate d(String s) {
    return LocalDate.parse(s);
  }

  @Test
  void the_default_layer_knows_crimea_donetsk_and_the_liberation_of_kherson() {
    ControlLayers c = ControlLayers.load(data, AREAS);
    assertThat(c.holder(44.95, 34.10, d("2020-01-01"), "UA")).contains("RU");
    assertThat(c.holder(44.95, 34.10, d("2014-01-01"), "UA")).isEmpty();
    assertThat(c.holder(48.0, 37.8, d("2024-05-01"), "UA")).contains("RU");
    assertThat(c.holder(46.636, 32.617, d("2022-05-01"), "UA")).contains("RU");
    assertThat(c.holder(46.636, 32.617, d("2022-12-01"), "UA")).isEmpty();
    assertThat(c.holder(48.139, 37.743, d("2024-01-01"), "UA")).isEmpty();
    assertThat(c.holder(48.139, 37.743, d("2024-03-01"), "UA")).contains("RU");
  }

  @Test
  void a_snapshot_holds_until_the_next_and_its_remainder_is_the_country() throws IOException {
    // Two snapshots: a square around (48.5, 37.5) held on 1 August, gone on 1 September.
    write("occupied_20240801.geojson", square(48.5, 37.5, 0.2));
    write("occupied_20240901.geojson", square(10, 10, 0.1));
    ControlImport.importFile(
        data.resolve("occupied_20240801.geojson"), data, id -> Optional.empty());
    ControlImport.importFile(
        data.resolve("occupied_20240901.geojson"), data, id -> Optional.empty());
    ControlLayers c = ControlLayers.load(data, AREAS);
    assertThat(c.holder(48.5, 37.5, d("2024-08-15"), "UA")).contains("RU");
    assertThat(c.holder(48.5, 37.5, d("2024-09-15"), "UA")).contains("UA");
    // Before the first snapshot the default layer speaks: Donetsk held since 2014.
    assertThat(c.holder(48.0, 37.8, d("2024-07-01"), "UA")).contains("RU");
    // The newer snapshot says Donetsk city is not in its polygon: newest wins.
    assertThat(c.holder(48.0, 37.8, d("2024-09-15"), "UA")).contains("UA");
    // Snapshots of Ukraine say nothing about Russia.
    assertThat(c.holder(50.6, 36.6, d("2024-09-15"), "RU")).isEmpty();
  }

  @Test
  void a_place_csv_sets_status_from_each_date_until_the_next() throws IOException {
    Path csv = data.resolve("places.csv");
    Files.writeString(
        csv,
        "place_id,date,status,lat,lon\n"
            + "sw:testivka,2024-05-10,CONTESTED,50.30,36.90\n"
            + "sw:testivka,2024-06-01,UA,50.30,36.90\n"
            + "sw:other,2024-05-10,RU,50.40,37.00\n");
    ControlImport.Result r = ControlImport.importFile(csv, data, id -> Optional.empty());
    assertThat(r.kind()).isEqualTo("places");
    assertThat(r.features()).isEqualTo(3);
    ControlLayers c = ControlLayers.load(data, AREAS);
    assertThat(c.holder(50.30, 36.90, d("2024-05-20"), "UA")).contains("CONTESTED");
    assertThat(c.holder(50.30, 36.90, d("2024-06-20"), "UA")).contains("UA");
    assertThat(c.holder(50.30, 36.90, d("2024-05-01"), "UA")).isEmpty();
  }

  @Test
  void importing_the_same_file_twice_stores_it_once() throws IOException {
    write("snap_2024-08-01.geojson", square(48.5, 37.5, 0.2));
    Path f = data.resolve("snap_2024-08-01.geojson");
    ControlImport.Result first = ControlImport.importFile(f, data, id -> Optional.empty());
    ControlImport.Result again = ControlImport.importFile(f, data, id -> Optional.empty());
    assertThat(first.alreadyImported()).isFalse();
    assertThat(again.alreadyImported()).isTrue();
    assertThat(again.storedAs()).isEqualTo(first.storedAs());
    assertThat(first.kind()).isEqualTo("snapshot");
  }

  @Test
  void features_with_dates_and_holders_are_a_features_layer() throws IOException {
    write(
        "layer.geojson",
        "{\"type\":\"FeatureCollection\",\"features\":[{\"type\":\"Feature\",\"properties\":"
            + "{\"validFrom\":\"2023-01-01\",\"validTo\":\"2023-06-01\",\"holder\":\"CONTESTED\"},"
            + "\"geometry\":"
            + polygon(47.0, 36.0, 0.1)
            + "}]}");
    ControlImport.importFile(data.resolve("layer.geojson"), data, id -> Optional.empty());
    ControlLayers c = ControlLayers.load(data, AREAS);
    assertThat(c.holder(47.0, 36.0, d("2023-02-01"), "UA")).contains("CONTESTED");
    assertThat(c.holder(47.0, 36.0, d("2023-07-01"), "UA")).isEmpty();
  }

  @Test
  void bad_files_are_refused_with_what_and_where() throws IOException {
    assertThatThrownBy(() -> importName("missing.geojson"))
        .hasMessage("control file not found: " + data.resolve("missing.geojson"));
    write("nodate.geojson", square(48.5, 37.5, 0.2));
    assertThatThrownBy(() -> importName("nodate.geojson"))
        .hasMessage(
            "nodate.geojson: features have no validFrom and the file has no date; add validFrom to"
                + " the features or a date to the file name (e.g. snapshot_20240801.geojson)");
    write("broken_20240101.geojson", "{\"type\": ");
    assertThatThrownBy(() -> importName("broken_20240101.geojson"))
        .hasMessageStartingWith("broken_20240101.geojson is not valid JSON: ");
    write("bad.csv", "place_id,date,status,lat,lon\nsw:x,2024-13-01,RU,50,36\n");
    assertThatThrownBy(() -> importName("bad.csv"))
        .hasMessage("bad.csv line 2: date must be YYYY-MM-DD but was \"2024-13-01\"");
    write("bad2.csv", "place_id,date,status,lat,lon\nsw:x,2024-01-01,MAYBE,50,36\n");
    assertThatThrownBy(() -> importName("bad2.csv"))
        .hasMessage(
            "bad2.csv line 2: control status must be UA, RU or CONTESTED but was \"MAYBE\"");
    write("bad3.csv", "place_id,date,status\nsw:nowhere,2024-01-01,RU\n");
    assertThatThrownBy(() -> importName("bad3.csv"))
        .hasMessage("bad3.csv line 2: unknown place id \"sw:nowhere\"; give lat,lon columns");
    write("empty.csv", "");
    assertThatThrownBy(() -> importName("empty.csv"))
        .hasMessage("control file is empty: " + data.resolve("empty.csv"));
    assertThat(ControlLayers.storedFiles(data.resolve(ControlLayers.DIR))).isEmpty();
  }

  private void importName(String name) {
    ControlImport.importFile(data.resolve(name), data, id -> Optional.empty());
  }

  private void write(String name, String text) throws IOException {
    Files.writeString(data.resolve(name), text, StandardCharsets.UTF_8);
  }

  static String square(double lat, double lon, double half) {
    String poly = polygon(lat, lon, half);
    String rings = poly.substring(poly.indexOf("[[["), poly.lastIndexOf("]]]") + 3);
    return "{\"type\":\"FeatureCollection\",\"features\":[{\"type\":\"Feature\",\"properties\":{},"
        + "\"geometry\":{\"type\":\"MultiPolygon\",\"coordinates\":["
        + rings
        + "]}}]}";
  }

  static String polygon(double lat, double lon, double half) {
    return String.format(
        java.util.Locale.ROOT,
        "{\"type\":\"Polygon\",\"coordinates\":[[[%f,%f],[%f,%f],[%f,%f],[%f,%f],[%f,%f]]]}",
        lon - half,
        lat - half,
        lon + half,
        lat - half,
        lon + half,
        lat + half,
        lon - half,
        lat + half,
        lon - half,
        lat - half);
  }
}
