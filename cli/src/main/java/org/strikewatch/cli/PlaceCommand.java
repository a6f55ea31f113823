package org.strikewatch.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import org.strikewatch.geo.PointInfo;
import org.strikewatch.geo.boundary.BoundaryGeography;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code strikewatch place LAT,LON [--on DATE]}: country, region, control and border distance. */
@Command(
    name = "place",
    mixinStandardHelpOptions = true,
    description =
        "Describe a point: country, first-level division, who held it on a date, distance to the"
            + " nearest land border.")
public final class PlaceCommand implements Callable<Integer> {

  @Parameters(index = "0", paramLabel = "LAT,LON", description = "WGS84 latitude,longitude")
  String point = "";

  @Option(
      names = "--on",
      paramLabel = "YYYY-MM-DD",
      description = "the date control is asked for (default: today)")
  @Nullable String on;

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() throws Exception {
    double[] ll = parsePoint(point);
    LocalDate day = parseDate(on);
    PointInfo info;
    try {
      info = BoundaryGeography.shared().describe(ll[0], ll[1], day);
    } catch (UncheckedIOException | IllegalStateException e) {
      throw new UserError(e.getMessage());
    }
    ObjectMapper json = new ObjectMapper();
    ObjectNode out = json.createObjectNode();
    out.put("country", info.country());
    out.put("admin1", info.admin1());
    out.put("controlledBy", info.controlledBy());
    out.put("borderDistanceKm", info.borderDistanceKm());
    out.put("nearestBorder", info.nearestBorder());
    spec.commandLine()
        .getOut()
        .println(json.writerWithDefaultPrettyPrinter().writeValueAsString(out));
    return 0;
  }

  /** Parses "LAT,LON"; the message names the bad value. */
  static double[] parsePoint(String text) {
    String[] parts = text.split(",", -1);
    if (parts.length != 2) {
      throw new UserError("expected LAT,LON (e.g. 50.29,36.94) but got \"" + text + "\"");
    }
    double lat;
    double lon;
    try {
      lat = Double.parseDouble(parts[0].trim());
      lon = Double.parseDouble(parts[1].trim());
    } catch (NumberFormatException e) {
      throw new UserError("expected LAT,LON (e.g. 50.29,36.94) but got \"" + text + "\"");
    }
    if (!(lat >= -90 && lat <= 90)) {
      throw new UserError("latitude out of range (-90..90): " + parts[0].trim());
    }
    if (!(lon >= -180 && lon <= 180)) {
      throw new UserError("longitude out of range (-180..180): " + parts[1].trim());
    }
    return new double[] {lat, lon};
  }

  static @Nullable LocalDate parseDate(@Nullable String text) {
    if (text == null) {
      return null;
    }
    try {
      return LocalDate.parse(text.trim());
    } catch (DateTimeParseException e) {
      throw new UserError("--on expects a date YYYY-MM-DD but got \"" + text + "\"");
    }
  }
}
