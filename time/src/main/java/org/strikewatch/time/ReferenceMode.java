package org.strikewatch.time;

/** What relative expressions and dates without a year are read against. */
public enum ReferenceMode {
  /**
   * News and posts: the anchor (publication date). A bare month later than the anchor month is last
   * year's, unless the sentence speaks of the future.
   */
  NEWS,
  /**
   * Historical narratives: the last explicit date in the text ("3 September" after "1 September
   * 1939" is 1939); the anchor only until the first explicit date.
   */
  NARRATIVE
}
