package org.strikewatch.geo.control;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/** Locates the project's supplement settlements ({@code sw:} ids) from the bundled TSV. */
public final class SupplementLocator implements PlaceLocator {

  static final String RESOURCE = "/org/strikewatch/geo/supplement.tsv";

  private final Map<String, Point> byId = new HashMap<>();

  public SupplementLocator() {
    try (InputStream in = SupplementLocator.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("resource missing: " + RESOURCE);
      }
      String[] lines = new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n");
      for (int i = 1; i < lines.length; i++) {
        String[] c = lines[i].split("\t", -1);
        if (c.length >= 7) {
          byId.put(c[0], new Point(Double.parseDouble(c[5]), Double.parseDouble(c[6])));
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + RESOURCE, e);
    }
  }

  @Override
  public Optional<Point> locate(String placeId) {
    return Optional.ofNullable(byId.get(placeId));
  }
}
