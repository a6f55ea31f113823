package org.strikewatch.eval.time;

import java.util.List;
import java.util.Objects;

/** Compares system temporal expressions with gold ones for one document. */
public final class TimexScorer {

  private TimexScorer() {}

  /**
   * Scores one document. Each gold expression matches at most one system expression: first the
   * exact-extent pairs, then, for the rest, the first overlapping one in text order.
   */
  public static TimexScores score(List<Timex> gold, List<Timex> system) {
    boolean[] goldUsed = new boolean[gold.size()];
    boolean[] sysUsed = new boolean[system.size()];
    int strict = 0;
    int relaxed = 0;
    int type = 0;
    int value = 0;
    for (int g = 0; g < gold.size(); g++) {
      Timex a = gold.get(g);
      for (int s = 0; s < system.size(); s++) {
        Timex b = system.get(s);
        if (!sysUsed[s] && a.start() == b.start() && a.end() == b.end()) {
          goldUsed[g] = true;
          sysUsed[s] = true;
          strict++;
          relaxed++;
          type += a.type().equals(b.type()) ? 1 : 0;
          value += sameValue(a, b) ? 1 : 0;
          break;
        }
      }
    }
    for (int g = 0; g < gold.size(); g++) {
      if (goldUsed[g]) {
        continue;
      }
      Timex a = gold.get(g);
      for (int s = 0; s < system.size(); s++) {
        Timex b = system.get(s);
        if (!sysUsed[s] && a.start() < b.end() && b.start() < a.end()) {
          goldUsed[g] = true;
          sysUsed[s] = true;
          relaxed++;
          type += a.type().equals(b.type()) ? 1 : 0;
          value += sameValue(a, b) ? 1 : 0;
          break;
        }
      }
    }
    return new TimexScores(1, gold.size(), system.size(), strict, relaxed, type, value);
  }

  private static boolean sameValue(Timex a, Timex b) {
    return a.value() != null && Objects.equals(a.value().trim(), b.value());
  }
}
