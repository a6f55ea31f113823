package org.strikewatch.eval.events;

/**
 * A confusion matrix over {@link EventClass} (gold by row, predicted by column) and the scores from
 * it: accuracy over all snippets, and precision, recall and F1 per strike class.
 */
public record EventTypeScores(int[][] confusion) {
  private static final int N = EventClass.values().length;

  public EventTypeScores {
    if (confusion == null || confusion.length != N) {
      throw new IllegalArgumentException("confusion matrix must be " + N + " x " + N);
    }
    int[][] copy = new int[N][];
    for (int i = 0; i < N; i++) {
      if (confusion[i].length != N) {
        throw new IllegalArgumentException("confusion matrix must be " + N + " x " + N);
      }
      copy[i] = confusion[i].clone();
    }
    confusion = copy;
  }

  /** Snippets with gold class {@code gold} predicted as {@code predicted}. */
  public int count(EventClass gold, EventClass predicted) {
    return confusion[gold.ordinal()][predicted.ordinal()];
  }

  /** All snippets scored. */
  public int total() {
    int t = 0;
    for (int[] row : confusion) {
      for (int v : row) {
        t += v;
      }
    }
    return t;
  }

  /** Snippets whose gold class is {@code c}. */
  public int gold(EventClass c) {
    int t = 0;
    for (int v : confusion[c.ordinal()]) {
      t += v;
    }
    return t;
  }

  /** Snippets predicted as {@code c}. */
  public int predicted(EventClass c) {
    int t = 0;
    for (int[] row : confusion) {
      t += row[c.ordinal()];
    }
    return t;
  }

  /** Share of snippets whose predicted class is the gold class. */
  public double accuracy() {
    int right = 0;
    for (int i = 0; i < N; i++) {
      right += confusion[i][i];
    }
    return total() == 0 ? 0 : (double) right / total();
  }

  /** Precision of class {@code c} (0 when nothing was predicted as it). */
  public double precision(EventClass c) {
    int p = predicted(c);
    return p == 0 ? 0 : (double) count(c, c) / p;
  }

  /** Recall of class {@code c} (0 when no snippet has it). */
  public double recall(EventClass c) {
    int g = gold(c);
    return g == 0 ? 0 : (double) count(c, c) / g;
  }

  /** F1 of class {@code c}. */
  public double f1(EventClass c) {
    double p = precision(c);
    double r = recall(c);
    return p + r == 0 ? 0 : 2 * p * r / (p + r);
  }

  /** The mean F1 of the two strike classes. */
  public double strikeMacroF1() {
    return (f1(EventClass.AIR_STRIKE) + f1(EventClass.ART_MISS_ATTACK)) / 2;
  }
}
