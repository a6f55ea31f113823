package org.strikewatch.time;

import java.util.List;

/**
 * The result of tagging one text: the mentions in text order and human-readable warnings (e.g.
 * {@code invalid date "31 February" at 120}) for expressions that could not be resolved.
 */
public record TaggedText(List<TimeMention> mentions, List<String> warnings) {

  public TaggedText {
    mentions = List.copyOf(mentions);
    warnings = List.copyOf(warnings);
  }
}
