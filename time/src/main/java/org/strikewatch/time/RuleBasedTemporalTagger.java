package org.strikewatch.time;

import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.strikewatch.time.internal.Grammar;

/**
 * A temporal tagger driven by hand-written rules over a word lexicon for English, Russian and
 * Ukrainian. Linear in the text length, allocation-light, stateless: one instance may serve all
 * threads.
 *
 * <p>Resolution conventions (against the anchor, the publication date):
 *
 * <ul>
 *   <li>"yesterday", "позавчера": the day, precision day.
 *   <li>"overnight", "last night", "сегодня ночью", "вночі": the night before publication — the
 *       previous day and the anchor day, precision days; TIMEX3 TIME {@code <previous day>TNI}.
 *   <li>"в ночь на 12 мая": 11–12 May, precision days; value {@code 2024-05-12TNI}.
 *   <li>"Tuesday", "on Tuesday": the most recent Tuesday on or before the anchor (the anchor day
 *       itself when it is a Tuesday), or the next one when the sentence speaks of the future; "last
 *       Friday": strictly before the anchor; "next Friday": strictly after.
 *   <li>"in December" read in January: last December (a bare month after the anchor month is the
 *       previous year's unless the sentence speaks of the future).
 *   <li>"last week"/"this week": the ISO week (Monday–Sunday), precision week; "earlier this week":
 *       Monday up to the anchor.
 *   <li>"in the past year", "за последнюю неделю": the period ending at the anchor; TIMEX3
 *       DURATION.
 *   <li>Durations ("five years") and sets ("every week") have no date interval (unresolved span).
 *   <li>Without an anchor, relative expressions stay unresolved and are flagged {@code relative};
 *       explicit dates still resolve.
 * </ul>
 */
public final class RuleBasedTemporalTagger implements TemporalTagger {

  private final ReferenceMode mode;

  /** A tagger for news and posts ({@link ReferenceMode#NEWS}). */
  public RuleBasedTemporalTagger() {
    this(ReferenceMode.NEWS);
  }

  /** A tagger reading dates against the given reference. */
  public RuleBasedTemporalTagger(ReferenceMode mode) {
    if (mode == null) {
      throw new IllegalArgumentException("reference mode is required");
    }
    this.mode = mode;
  }

  @Override
  public List<TimeMention> tag(String text, String language, @Nullable LocalDate anchor) {
    return analyze(text, language, anchor).mentions();
  }

  @Override
  public TaggedText analyze(String text, String language, @Nullable LocalDate anchor) {
    if (text == null) {
      throw new IllegalArgumentException("text is required");
    }
    return Grammar.run(text, language == null ? "" : language, anchor, mode);
  }
}
