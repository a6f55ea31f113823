package org.strikewatch.bench.corpus;

/**
 * The mix a generator produces: the share of Russian and Ukrainian reports (the rest English) and
 * the range of report lengths in characters (a Telegram line to a long article).
 */
public record CorpusOptions(
    double russianShare, double ukrainianShare, int minChars, int maxChars) {

  public CorpusOptions {
    if (russianShare < 0 || ukrainianShare < 0 || russianShare + ukrainianShare > 1) {
      throw new IllegalArgumentException(
          "language shares out of range: ru " + russianShare + ", uk " + ukrainianShare);
    }
    if (minChars < 1 || maxChars < minChars) {
      throw new IllegalArgumentException("bad length range: " + minChars + ".." + maxChars);
    }
  }

  /** A realistic mix: 40% English, 35% Russian, 25% Ukrainian; 80 characters to 10 KB. */
  public static CorpusOptions mixed() {
    return new CorpusOptions(0.35, 0.25, 80, 10_000);
  }

  /** Only English reports of about {@code chars} characters (±10%). */
  public static CorpusOptions english(int chars) {
    return new CorpusOptions(0, 0, (int) (chars * 0.9), (int) (chars * 1.1));
  }

  /** Russian and Ukrainian reports, half each, of about {@code chars} characters (±10%). */
  public static CorpusOptions slavic(int chars) {
    return new CorpusOptions(0.5, 0.5, (int) (chars * 0.9), (int) (chars * 1.1));
  }
}
