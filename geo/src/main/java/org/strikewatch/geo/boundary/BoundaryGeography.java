package org.strikewatch.geo.boundary;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.strikewatch.geo.Geography;
import org.strikewatch.geo.PointInfo;
import org.strikewatch.geo.boundary.internal.AdminIndex;
import org.strikewatch.geo.boundary.internal.BorderIndex;
import org.strikewatch.geo.boundary.internal.BoundaryFiles;
import org.strikewatch.geo.control.ControlLayers;

/**
 * {@link Geography} over Natural Earth polygons and control layers: the admin-1 region containing
 * the point gives the recognised country and the division; the nearest shared edge of two countries
 * gives the border distance; the control layers give who held the point, defaulting to the
 * recognised country. Pure and thread-safe once loaded; a lookup takes microseconds.
 */
public final class BoundaryGeography implements Geography {

  private static volatile @Nullable BoundaryGeography shared;

  /** The countries of the conflict whose shared border is measured for their points. */
  public static final Set<String> CONFLICT_COUNTRIES = Set.of("RU", "UA");

  /** Where the conflict's border index is projected from (the middle of the RU-UA border). */
  private static final double[] CONFLICT_CENTRE = {50.0, 35.0};

  private final AdminIndex admin;
  private final BorderIndex borders;
  private final BorderIndex conflictBorders;
  private final ControlLayers control;
  private final Clock clock;

  BoundaryGeography(
      AdminIndex admin,
      List<BoundaryFiles.BorderLine> borderLines,
      ControlLayers control,
      Clock clock) {
    this.admin = admin;
    this.borders = new BorderIndex(borderLines);
    this.conflictBorders =
        new BorderIndex(
            borderLines.stream()
                .filter(
                    l -> Arrays.stream(l.pair().split("-")).allMatch(CONFLICT_COUNTRIES::contains))
                .toList(),
            CONFLICT_CENTRE);
    this.control = control;
    this.clock = clock;
  }

  /** Loads the compiled boundaries and all control layers from a data dir. */
  public static BoundaryGeography load(Path dataDir) {
    Path dir = dataDir.resolve(BoundaryFiles.DIR);
    AdminIndex admin = new AdminIndex(BoundaryFiles.readAdmin(dir.resolve(BoundaryFiles.ADMIN)));
    List<BoundaryFiles.BorderLine> borders =
        BoundaryFiles.readBorders(dir.resolve(BoundaryFiles.BORDERS));
    ControlLayers control = ControlLayers.load(dataDir, admin::area);
    return new BoundaryGeography(admin, borders, control, Clock.systemUTC());
  }

  /**
   * The geography of the configured data dir ({@link DataDir}), loaded once per process.
   *
   * @throws IllegalStateException when no data dir is configured
   */
  public static BoundaryGeography shared() {
    BoundaryGeography g = shared;
    if (g == null) {
      synchronized (BoundaryGeography.class) {
        g = shared;
        if (g == null) {
          g = load(DataDir.require());
          shared = g;
        }
      }
    }
    return g;
  }

  @Override
  public PointInfo describe(double lat, double lon, @Nullable LocalDate on) {
    checkCoordinates(lat, lon);
    AdminRegion region = admin.locate(lon, lat);
    String country = region == null ? null : region.country();
    LocalDate day = on != null ? on : LocalDate.now(clock);
    String holder = control.holder(lat, lon, day, country).orElse(country);
    Optional<BorderIndex.Nearest> b =
        country != null && CONFLICT_COUNTRIES.contains(country)
            ? conflictBorders.nearest(lon, lat)
            : borders.nearest(lon, lat);
    return new PointInfo(
        country,
        region == null ? null : region.nameEn(),
        holder,
        b.map(n -> Math.round(n.km() * 100) / 100.0).orElse(null),
        b.map(BorderIndex.Nearest::pair).orElse(null));
  }

  /** The admin-1 region containing the point, if any. */
  public Optional<AdminRegion> region(double lat, double lon) {
    checkCoordinates(lat, lon);
    return Optional.ofNullable(admin.locate(lon, lat));
  }

  /** All first-level divisions, with names. */
  public List<AdminRegion> regions() {
    return admin.regions();
  }

  /** The control layers in force. */
  public ControlLayers control() {
    return control;
  }

  static void checkCoordinates(double lat, double lon) {
    if (!(lat >= -90 && lat <= 90)) {
      throw new IllegalArgumentException("latitude out of range: " + lat);
    }
    if (!(lon >= -180 && lon <= 180)) {
      throw new IllegalArgumentException("longitude out of range: " + lon);
    }
  }
}
