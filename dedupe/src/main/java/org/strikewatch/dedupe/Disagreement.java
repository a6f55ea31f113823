package org.strikewatch.dedupe;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Sources that state a field differently, kept rather than averaged away: the field (e.g. {@code
 * killed.best}, {@code where}, {@code launchedBy}) and what each source says.
 */
public record Disagreement(String field, Map<MentionId, String> values) {

  public Disagreement {
    if (field == null || field.isBlank()) {
      throw new IllegalArgumentException("disagreement field is required");
    }
    values = java.util.Collections.unmodifiableMap(new TreeMap<>(values));
    if (values.size() < 2) {
      throw new IllegalArgumentException("a disagreement needs two sources: " + field);
    }
  }

  /** The distinct values stated, in source order. */
  public List<String> distinctValues() {
    return values.values().stream().distinct().toList();
  }
}
