package org.strikewatch.store.query;

import java.io.IOException;
import java.io.Writer;
import java.time.Instant;
import java.util.Locale;
import org.strikewatch.store.query.internal.AcledCsvWriter;
import org.strikewatch.store.query.internal.GeoJsonWriter;
import org.strikewatch.store.query.internal.IncidentCsvWriter;

/** Export formats: all-field CSV, a GeoJSON FeatureCollection, and ACLED-compatible CSV. */
public enum ExportFormat {
  CSV("csv", "text/csv; charset=utf-8", "csv"),
  GEOJSON("geojson", "application/geo+json", "geojson"),
  ACLED_CSV("acled-csv", "text/csv; charset=utf-8", "csv");

  private final String code;
  private final String mediaType;
  private final String extension;

  ExportFormat(String code, String mediaType, String extension) {
    this.code = code;
    this.mediaType = mediaType;
    this.extension = extension;
  }

  /** The name on the command line and in the API: csv, geojson, acled-csv. */
  public String code() {
    return code;
  }

  /** The HTTP media type. */
  public String mediaType() {
    return mediaType;
  }

  /** The usual file extension, without a dot. */
  public String extension() {
    return extension;
  }

  /** Parses csv, geojson or acled-csv. */
  public static ExportFormat parse(String text) {
    String t = text.trim().toLowerCase(Locale.ROOT);
    for (ExportFormat f : values()) {
      if (f.code.equals(t)) {
        return f;
      }
    }
    throw new IllegalArgumentException(
        "format must be csv, geojson or acled-csv but was \"" + text + "\"");
  }

  /**
   * Opens a streaming writer of this format on {@code out}; {@code exportedAt} stamps the rows
   * where the format has a timestamp (ACLED).
   */
  public IncidentWriter open(Writer out, Instant exportedAt) throws IOException {
    switch (this) {
      case CSV:
        return new IncidentCsvWriter(out);
      case GEOJSON:
        return new GeoJsonWriter(out);
      case ACLED_CSV:
        return new AcledCsvWriter(out, exportedAt);
      default:
        throw new IllegalStateException("unhandled format " + this);
    }
  }
}
