package org.strikewatch.geo.control;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.locationtech.jts.geom.Geometry;
import org.strikewatch.geo.control.internal.ControlGeoJson;

/**
 * Reads the layers stored by {@link ControlImport}: GeoJSON FeatureCollections whose top-level
 * member {@code strikewatch} says {@code kind} (features, snapshot or places), and for a snapshot
 * its {@code date} and {@code scope}. Snapshots of one scope are chained: each is valid until the
 * next one's day.
 */
final class StoredLayers {

  private StoredLayers() {}

  static List<ControlLayer> readAll(Path dir, Function<String, Optional<Geometry>> adminAreas) {
    List<Path> files = ControlLayers.storedFiles(dir);
    List<JsonNode> roots = new ArrayList<>();
    for (Path f : files) {
      try {
        roots.add(ControlLayers.JSON.readTree(f.toFile()));
      } catch (IOException e) {
        throw new UncheckedIOException("cannot read control layer " + f + ": " + e.getMessage(), e);
      }
    }
    record Snap(int index, String scope, LocalDate day) {}
    List<Snap> snaps = new ArrayList<>();
    for (int i = 0; i < roots.size(); i++) {
      JsonNode h = roots.get(i).path("strikewatch");
      if ("snapshot".equals(h.path("kind").asText())) {
        snaps.add(
            new Snap(i, h.path("scope").asText("UA"), LocalDate.parse(h.path("date").asText())));
      }
    }
    snaps.sort(Comparator.comparing(Snap::scope).thenComparing(Snap::day));
    LocalDate[] nextDay = new LocalDate[roots.size()];
    for (int k = 0; k + 1 < snaps.size(); k++) {
      Snap a = snaps.get(k);
      Snap b = snaps.get(k + 1);
      if (a.scope().equals(b.scope()) && b.day().isAfter(a.day())) {
        nextDay[a.index()] = b.day();
      }
    }
    List<ControlLayer> out = new ArrayList<>();
    for (int i = 0; i < roots.size(); i++) {
      JsonNode root = roots.get(i);
      JsonNode h = root.path("strikewatch");
      String name = files.get(i).getFileName().toString();
      if ("snapshot".equals(h.path("kind").asText())) {
        LocalDate day = LocalDate.parse(h.path("date").asText());
        String scope = h.path("scope").asText("UA");
        out.add(
            new ControlLayer(
                name,
                i + 1,
                ControlGeoJson.features(root, name, day, nextDay[i], adminAreas),
                scope,
                day,
                nextDay[i]));
      } else {
        out.add(
            new ControlLayer(
                name,
                i + 1,
                ControlGeoJson.features(root, name, null, null, adminAreas),
                null,
                null,
                null));
      }
    }
    return out;
  }
}
