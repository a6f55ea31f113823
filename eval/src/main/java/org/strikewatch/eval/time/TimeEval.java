package org.strikewatch.eval.time;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.strikewatch.time.ReferenceMode;
import org.strikewatch.time.RuleBasedTemporalTagger;
import org.strikewatch.time.TemporalTagger;
import org.strikewatch.time.TimeMention;

/** Runs the temporal tagger over an annotated corpus and scores it. */
public final class TimeEval {

  /** TempEval-3 platinum, relative to the shared benchmark directory. */
  public static final String TEMPEVAL3_PLATINUM = "TempEval-3/te3-platinum";

  /** WikiWarsUA gold (inline annotations), relative to the shared benchmark directory. */
  public static final String WIKIWARS_UA = "WikiWarsUA/keyinline";

  private TimeEval() {}

  /** English news: each document anchored at its creation date. */
  public static TimexScores tempEval3(Path benchmarks) {
    return run(
        TimeMlReader.readDirectory(benchmarks.resolve(TEMPEVAL3_PLATINUM)),
        new RuleBasedTemporalTagger(ReferenceMode.NEWS),
        "en");
  }

  /**
   * Ukrainian historical narratives: dates without a year read against the last explicit date
   * ({@link ReferenceMode#NARRATIVE}); the document date only until the first one.
   */
  public static TimexScores wikiWarsUa(Path benchmarks) {
    return run(
        TimeMlReader.readDirectory(benchmarks.resolve(WIKIWARS_UA)),
        new RuleBasedTemporalTagger(ReferenceMode.NARRATIVE),
        "uk");
  }

  /** Tags every document and adds up the scores. */
  public static TimexScores run(
      List<AnnotatedDocument> docs, TemporalTagger tagger, String language) {
    TimexScores total = new TimexScores(0, 0, 0, 0, 0, 0, 0);
    for (AnnotatedDocument d : docs) {
      total = total.plus(TimexScorer.score(d.gold(), system(d, tagger, language)));
    }
    return total;
  }

  /** The tagger's output for one document at TIMEX3 granularity (ranges split into ends). */
  public static List<Timex> system(AnnotatedDocument d, TemporalTagger tagger, String language) {
    List<Timex> out = new ArrayList<>();
    for (TimeMention m : tagger.analyze(d.text(), language, d.creationDate()).timexes()) {
      out.add(new Timex(m.start(), m.end(), m.type().name(), m.value()));
    }
    return out;
  }
}
