package org.strikewatch.model;

import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * What extraction found in one report: the detected language, the anchor date and where it came
 * from, the source, the incidents, the claims, and human-readable warnings.
 */
public record Extraction(
    String language,
    @Nullable LocalDate published,
    PublishedSource publishedSource,
    @Nullable String source,
    List<Incident> incidents,
    List<Claim> claims,
    List<String> warnings) {

  /** The contract version this record serialises to. */
  public static final String SCHEMA = "strikewatch.extract/1";

  public Extraction {
    if (language == null || language.isBlank()) {
      throw new IllegalArgumentException("language is required");
    }
    if (publishedSource == null) {
      throw new IllegalArgumentException("publishedSource is required");
    }
    incidents = List.copyOf(incidents);
    claims = List.copyOf(claims);
    warnings = List.copyOf(warnings);
  }
}
