package org.strikewatch.dedupe;

import java.util.Comparator;

/**
 * Identifies one incident as one report states it: a stable key of the report (its content hash, so
 * it does not depend on the order reports were stored in) and the incident's position in that
 * report's extraction.
 */
public record MentionId(String reportKey, int index) implements Comparable<MentionId> {

  private static final Comparator<MentionId> ORDER =
      Comparator.comparing(MentionId::reportKey).thenComparingInt(MentionId::index);

  public MentionId {
    if (reportKey == null || reportKey.isBlank()) {
      throw new IllegalArgumentException("report key is required");
    }
    if (index < 0) {
      throw new IllegalArgumentException("mention index is negative: " + index);
    }
  }

  @Override
  public int compareTo(MentionId other) {
    return ORDER.compare(this, other);
  }

  @Override
  public String toString() {
    return reportKey + "#" + index;
  }
}
