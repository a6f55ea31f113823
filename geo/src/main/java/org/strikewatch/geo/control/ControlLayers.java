package org.strikewatch.geo.control;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import org.locationtech.jts.algorithm.locate.IndexedPointInAreaLocator;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.Location;
import org.locationtech.jts.index.strtree.STRtree;
import org.strikewatch.geo.boundary.internal.BuiltStrTree;
import org.strikewatch.geo.control.internal.ControlGeoJson;

/**
 * Who held a point on a day, from all control layers: the default layer shipped with the project
 * (resource {@code default-control.geojson}) and the layers a user imported into {@code
 * DATA/control}.
 *
 * <p>The rule: of all features that contain the point and cover the day, plus the implicit "held by
 * the country itself" of a snapshot covering the day whose country contains the point, the one with
 * the latest validFrom wins (the newest information); on a tie, the layer imported later wins, and
 * within a layer an explicit feature beats a snapshot's implicit remainder. With nothing applicable
 * the answer is empty, and callers take the recognised country. Thread-safe after construction.
 */
public final class ControlLayers {

  /** The folder under the data dir that holds imported layers. */
  public static final String DIR = "control";

  static final String DEFAULT_RESOURCE = "default-control.geojson";
  static final ObjectMapper JSON = new ObjectMapper();

  private record Indexed(ControlFeature feature, int rank, IndexedPointInAreaLocator locator) {}

  private final List<ControlLayer> layers;
  private final STRtree tree = new BuiltStrTree();
  private final List<ControlLayer> snapshots;

  public ControlLayers(List<ControlLayer> layers) {
    this.layers = List.copyOf(layers);
    int n = 0;
    for (ControlLayer l : this.layers) {
      for (ControlFeature f : l.features()) {
        tree.insert(
            f.area().getEnvelopeInternal(),
            new Indexed(f, l.rank(), new IndexedPointInAreaLocator(f.area())));
        n++;
      }
    }
    if (n > 0) {
      tree.build();
    }
    this.snapshots = this.layers.stream().filter(l -> l.snapshotScope() != null).toList();
  }

  public List<ControlLayer> layers() {
    return layers;
  }

  /**
   * Who held the point on the day: "RU", "UA", ... or "CONTESTED"; empty when no layer says.
   *
   * @param country the recognised country of the point, for snapshots' implicit remainder
   */
  public Optional<String> holder(double lat, double lon, LocalDate day, @Nullable String country) {
    Coordinate c = new Coordinate(lon, lat);
    Indexed[] best = {null};
    tree.query(
        new Envelope(c),
        item -> {
          Indexed ix = (Indexed) item;
          if (ix.feature().covers(day)
              && beats(ix, best[0])
              && ix.locator().locate(c) != Location.EXTERIOR) {
            best[0] = ix;
          }
        });
    if (country != null) {
      for (ControlLayer s : snapshots) {
        if (country.equals(s.snapshotScope()) && s.snapshotCovers(day)) {
          LocalDate from = s.snapshotFrom();
          boolean wins =
              best[0] == null
                  || from.isAfter(best[0].feature().validFrom())
                  || (from.equals(best[0].feature().validFrom()) && s.rank() > best[0].rank());
          if (wins) {
            return Optional.of(country);
          }
        }
      }
    }
    return best[0] == null ? Optional.empty() : Optional.of(best[0].feature().holder());
  }

  private static boolean beats(Indexed a, @Nullable Indexed b) {
    if (b == null) {
      return true;
    }
    int cmp = a.feature().validFrom().compareTo(b.feature().validFrom());
    return cmp > 0 || (cmp == 0 && a.rank() > b.rank());
  }

  /**
   * Loads the default layer and every layer imported under {@code dataDir/control}.
   *
   * @param adminAreas the polygon of an ISO 3166-2 region, for features that name one
   */
  public static ControlLayers load(
      @Nullable Path dataDir, Function<String, Optional<Geometry>> adminAreas) {
    List<ControlLayer> layers = new ArrayList<>();
    layers.add(defaultLayer(adminAreas));
    if (dataDir != null) {
      layers.addAll(StoredLayers.readAll(dataDir.resolve(DIR), adminAreas));
    }
    return new ControlLayers(layers);
  }

  /** The layer the project authors, shipped as a resource. */
  public static ControlLayer defaultLayer(Function<String, Optional<Geometry>> adminAreas) {
    try (InputStream in = ControlLayers.class.getResourceAsStream(DEFAULT_RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("resource missing: " + DEFAULT_RESOURCE);
      }
      JsonNode root = JSON.readTree(in);
      return new ControlLayer(
          "default",
          0,
          ControlGeoJson.features(root, DEFAULT_RESOURCE, null, null, adminAreas),
          null,
          null,
          null);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + DEFAULT_RESOURCE, e);
    }
  }

  static List<Path> storedFiles(Path dir) {
    if (!Files.isDirectory(dir)) {
      return List.of();
    }
    try (Stream<Path> s = Files.list(dir)) {
      return s.filter(p -> p.getFileName().toString().matches("\\d{4}-.*\\.geojson"))
          .sorted(Comparator.comparing(p -> p.getFileName().toString()))
          .toList();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot list control layers in " + dir, e);
    }
  }
}
