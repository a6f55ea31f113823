package org.strikewatch.dedupe;

/** Why two mentions ended up in one incident: the pair and the matcher's reason. */
public record Link(MentionId a, MentionId b, String reason) {

  public Link {
    if (a == null || b == null || reason == null) {
      throw new IllegalArgumentException("link ends and reason are required");
    }
    if (a.compareTo(b) > 0) {
      MentionId t = a;
      a = b;
      b = t;
    }
  }
}
