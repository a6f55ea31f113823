package org.strikewatch.text;

import java.util.List;

/**
 * A language decision: the ISO 639-1 code ("en", "ru", "uk", or "und" when there is no evidence), a
 * 0..1 confidence, whether the text mixes languages, and warnings worth passing on.
 */
public record DetectedLanguage(
    String code, double confidence, boolean mixed, List<String> warnings) {

  public DetectedLanguage {
    warnings = List.copyOf(warnings);
    if (confidence < 0 || confidence > 1) {
      throw new IllegalArgumentException("confidence out of range: " + confidence);
    }
  }
}
