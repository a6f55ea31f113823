package org.strikewatch.model;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * One report as handed to extraction: its text exactly as read, the publication date relative
 * expressions are anchored to (if known), the source name, URL, and a language code when the caller
 * forces one ({@code null} means detect).
 */
public record Report(
    String text,
    @Nullable LocalDate published,
    @Nullable String source,
    @Nullable String url,
    @Nullable String language) {

  public Report {
    if (text == null) {
      throw new IllegalArgumentException("report text is required");
    }
    if (language != null && !language.matches("[a-z]{2}")) {
      throw new IllegalArgumentException("language is not an ISO 639-1 code: " + language);
    }
  }

  /** A report with only text. */
  public static Report of(String text) {
    return new Report(text, null, null, null, null);
  }

  /** Starts a builder. */
  public static Builder builder(String text) {
    return new Builder(text);
  }

  /** Builder for {@link Report}. */
  public static final class Builder {
    private final String text;
    private @Nullable LocalDate published;
    private @Nullable String source;
    private @Nullable String url;
    private @Nullable String language;

    private Builder(String text) {
      this.text = text;
    }

    public Builder published(@Nullable LocalDate value) {
      this.published = value;
      return this;
    }

    public Builder source(@Nullable String value) {
      this.source = value;
      return this;
    }

    public Builder url(@Nullable String value) {
      this.url = value;
      return this;
    }

    public Builder language(@Nullable String value) {
      this.language = value;
      return this;
    }

    public Report build() {
      return new Report(text, published, source, url, language);
    }
  }
}
