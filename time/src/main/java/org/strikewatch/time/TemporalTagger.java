package org.strikewatch.time;

import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Finds temporal expressions in a text and resolves them against an anchor date (the report's
 * publication date). Implementations are pure and thread-safe.
 */
public interface TemporalTagger {

  /**
   * Tags {@code text}.
   *
   * @param language ISO 639-1 code: "en", "ru" or "uk"
   * @param anchor the date relative expressions resolve against; null leaves them unresolved
   * @return mentions in text order, non-overlapping
   */
  List<TimeMention> tag(String text, String language, @Nullable LocalDate anchor);

  /**
   * Tags {@code text} and also reports warnings (invalid dates such as "31 February"). The default
   * returns no warnings.
   */
  default TaggedText analyze(String text, String language, @Nullable LocalDate anchor) {
    return new TaggedText(tag(text, language, anchor), List.of());
  }
}
