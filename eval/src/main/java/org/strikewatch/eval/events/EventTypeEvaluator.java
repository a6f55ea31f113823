package org.strikewatch.eval.events;

import java.util.List;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;
import org.strikewatch.model.Extraction;
import org.strikewatch.model.Report;

/** Runs an extractor over labelled snippets and fills the confusion matrix. */
public final class EventTypeEvaluator {
  private EventTypeEvaluator() {}

  /**
   * Scores {@code extractor} (English, no publication date: CASE 2021 snippets carry none) on the
   * snippets; {@code misses} receives one line per wrong prediction when it is not null.
   */
  public static EventTypeScores evaluate(
      List<EventSnippet> snippets,
      Function<Report, Extraction> extractor,
      @Nullable List<String> misses) {
    int n = EventClass.values().length;
    int[][] confusion = new int[n][n];
    for (EventSnippet s : snippets) {
      Extraction e = extractor.apply(Report.builder(s.text()).language("en").build());
      EventClass predicted = EventClass.predicted(e);
      EventClass gold = s.gold();
      confusion[gold.ordinal()][predicted.ordinal()]++;
      if (misses != null && predicted != gold) {
        misses.add(
            s.id()
                + "\t"
                + s.subType()
                + "\t"
                + predicted
                + "\t"
                + e.incidents().stream().map(i -> i.weapons() + "@" + i.where().name()).toList()
                + "\t"
                + s.text());
      }
    }
    return new EventTypeScores(confusion);
  }
}
