package org.strikewatch.time;

import java.util.List;

/**
 * The result of tagging one text: the mentions in text order, human-readable warnings (e.g. {@code
 * invalid date "31 February" at 120}) for expressions that could not be resolved, and the same
 * mentions at TIMEX3 granularity, where a range such as "11–12 May" or "between March and April
 * 2024" (one mention with a multi-day or multi-month span) is split into its two ends.
 */
public record TaggedText(
    List<TimeMention> mentions, List<String> warnings, List<TimeMention> timexes) {

  public TaggedText {
    mentions = List.copyOf(mentions);
    warnings = List.copyOf(warnings);
    timexes = List.copyOf(timexes);
  }

  /** A result whose TIMEX3 view equals its mentions (no ranges to split). */
  public TaggedText(List<TimeMention> mentions, List<String> warnings) {
    this(mentions, warnings, mentions);
  }
}
