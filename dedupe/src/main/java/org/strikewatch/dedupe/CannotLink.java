package org.strikewatch.dedupe;

/**
 * A user's decision that two reports describe different strikes: no incident may hold mentions of
 * both. Unordered: stored with the smaller key first.
 */
public record CannotLink(String reportKeyA, String reportKeyB) {

  public CannotLink {
    if (reportKeyA == null || reportKeyB == null) {
      throw new IllegalArgumentException("both report keys are required");
    }
    if (reportKeyA.equals(reportKeyB)) {
      throw new IllegalArgumentException("a report cannot be split from itself: " + reportKeyA);
    }
    if (reportKeyA.compareTo(reportKeyB) > 0) {
      String t = reportKeyA;
      reportKeyA = reportKeyB;
      reportKeyB = t;
    }
  }
}
