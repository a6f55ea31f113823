package org.strikewatch.geo.boundary;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.strikewatch.geo.boundary.internal.BoundaryFiles;

/**
 * The first-level divisions with their names in English, Russian and Ukrainian, ISO 3166-2 and
 * GeoNames codes, without geometry (cheap to load: {@code DATA/geo/boundary/admin1.tsv}).
 */
public final class AdminRegions {

  private final List<AdminRegion> all;
  private final Map<String, AdminRegion> byIso = new HashMap<>();
  private final Map<String, AdminRegion> byGeonames = new HashMap<>();

  public AdminRegions(List<AdminRegion> regions) {
    this.all = List.copyOf(regions);
    for (AdminRegion r : all) {
      byIso.putIfAbsent(r.isoCode(), r);
      if (r.geonamesCode() != null) {
        byGeonames.putIfAbsent(r.geonamesCode(), r);
      }
    }
  }

  /** Loads the regions from a data dir. */
  public static AdminRegions load(Path dataDir) {
    return new AdminRegions(
        BoundaryFiles.readNames(dataDir.resolve(BoundaryFiles.DIR).resolve(BoundaryFiles.NAMES)));
  }

  /** Loads the regions from the configured data dir ({@link DataDir}). */
  public static AdminRegions load() {
    return load(DataDir.require());
  }

  public List<AdminRegion> all() {
    return all;
  }

  /** The region with this ISO 3166-2 code ("UA-63"). */
  public Optional<AdminRegion> byIso(String isoCode) {
    return Optional.ofNullable(byIso.get(isoCode));
  }

  /** The region with this GeoNames admin-1 code ("UA.07", as country + "." + admin1 column). */
  public Optional<AdminRegion> byGeonamesCode(String code) {
    return Optional.ofNullable(byGeonames.get(code));
  }

  /** The regions of one country. */
  public List<AdminRegion> ofCountry(String country) {
    return all.stream().filter(r -> r.country().equals(country)).toList();
  }
}
