package org.strikewatch.text;

import java.util.List;

/**
 * A report text after normalisation. Every form has exactly the length of the original, character
 * for character, so an offset into any of them is an offset into the text as read.
 *
 * @param original the text as read
 * @param normalized look-alike letters fixed, apostrophes, quotes, dashes and spaces unified; case
 *     kept
 * @param folded {@code normalized} in lower case with "ё" read as "е", for matching
 * @param warnings what was fixed that a user may want to know
 */
public record NormalizedText(
    String original, String normalized, String folded, List<String> warnings) {

  public NormalizedText {
    if (original.length() != normalized.length() || original.length() != folded.length()) {
      throw new IllegalArgumentException(
          "normalised forms must keep the length of the original: "
              + original.length()
              + ", "
              + normalized.length()
              + ", "
              + folded.length());
    }
    warnings = List.copyOf(warnings);
  }
}
