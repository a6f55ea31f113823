package org.strikewatch.geo.gazetteer;

import java.util.Locale;
import org.strikewatch.model.PlacePrecision;

/**
 * What kind of place a gazetteer entry is. (The order is stored in compiled files: add new kinds at
 * the end.)
 */
public enum PlaceKind {
  COUNTRY(PlacePrecision.COUNTRY),
  ADMIN1(PlacePrecision.REGION),
  ADMIN2(PlacePrecision.DISTRICT),
  CAPITAL(PlacePrecision.SETTLEMENT),
  ADMIN1_SEAT(PlacePrecision.SETTLEMENT),
  ADMIN2_SEAT(PlacePrecision.SETTLEMENT),
  SETTLEMENT(PlacePrecision.SETTLEMENT),
  OTHER(PlacePrecision.POINT),
  /** A continent, sea or other large named area that is not a country or division. */
  AREA(PlacePrecision.REGION);

  private final PlacePrecision precision;

  PlaceKind(PlacePrecision precision) {
    this.precision = precision;
  }

  /** The precision a mention resolved to this kind of place has. */
  public PlacePrecision precision() {
    return precision;
  }

  /** Maps a GeoNames feature class and code (e.g. {@code P}, {@code PPLA}) to a kind. */
  public static PlaceKind fromGeoNames(String featureClass, String featureCode) {
    String code = featureCode.toUpperCase(Locale.ROOT);
    if ("A".equals(featureClass)) {
      if (code.startsWith("PCL")) {
        return COUNTRY;
      }
      if ("ADM1".equals(code)) {
        return ADMIN1;
      }
      if (code.startsWith("ADM")) {
        return ADMIN2;
      }
      return OTHER;
    }
    if ("P".equals(featureClass)) {
      switch (code) {
        case "PPLC":
          return CAPITAL;
        case "PPLA":
          return ADMIN1_SEAT;
        case "PPLA2":
        case "PPLA3":
          return ADMIN2_SEAT;
        case "PPLX":
        case "PPLH":
        case "PPLQ":
        case "PPLW":
          return OTHER;
        default:
          return SETTLEMENT;
      }
    }
    return OTHER;
  }
}
