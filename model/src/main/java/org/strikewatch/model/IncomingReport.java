package org.strikewatch.model;

import java.time.Instant;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * A report as a source delivered it, before it is stored: the decoded text exactly as received,
 * where it came from ({@code origin}: a file path, URL or "export.json#message 123"), the source
 * name, its URL, publication date, when it was fetched, the media type it was read as, and an
 * optional language code the source asserts.
 */
public record IncomingReport(
    String text,
    String origin,
    @Nullable String source,
    @Nullable String url,
    @Nullable LocalDate published,
    Instant fetchedAt,
    String mediaType,
    @Nullable String language) {

  public IncomingReport {
    if (text == null) {
      throw new IllegalArgumentException("report text is required");
    }
    if (origin == null || origin.isBlank()) {
      throw new IllegalArgumentException("report origin is required");
    }
    if (fetchedAt == null) {
      throw new IllegalArgumentException("fetchedAt is required");
    }
    if (mediaType == null || mediaType.isBlank()) {
      throw new IllegalArgumentException("mediaType is required");
    }
  }

  /** Starts a builder. */
  public static Builder builder(String text, String origin) {
    return new Builder(text, origin);
  }

  /** The extraction input for this report. */
  public Report toReport() {
    return new Report(text, published, source, url, language);
  }

  /** Builder for {@link IncomingReport}. */
  public static final class Builder {
    private final String text;
    private final String origin;
    private @Nullable String source;
    private @Nullable String url;
    private @Nullable LocalDate published;
    private Instant fetchedAt = Instant.now();
    private String mediaType = "text/plain";
    private @Nullable String language;

    private Builder(String text, String origin) {
      this.text = text;
      this.origin = origin;
    }

    public Builder source(@Nullable String value) {
      this.source = value;
      return this;
    }

    public Builder url(@Nullable String value) {
      this.url = value;
      return this;
    }

    public Builder published(@Nullable LocalDate value) {
      this.published = value;
      return this;
    }

    public Builder fetchedAt(Instant value) {
      this.fetchedAt = value;
      return this;
    }

    public Builder mediaType(String value) {
      this.mediaType = value;
      return this;
    }

    public Builder language(@Nullable String value) {
      this.language = value;
      return this;
    }

    public IncomingReport build() {
      return new IncomingReport(
          text, origin, source, url, published, fetchedAt, mediaType, language);
    }
  }
}
