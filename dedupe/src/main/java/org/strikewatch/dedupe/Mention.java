package org.strikewatch.dedupe;

import org.strikewatch.model.Incident;

/** One incident as one report states it: the input of de-duplication. */
public record Mention(MentionId id, Incident incident) {

  public Mention {
    if (id == null || incident == null) {
      throw new IllegalArgumentException("mention id and incident are required");
    }
  }

  /** A mention of incident number {@code index} of the report with key {@code reportKey}. */
  public static Mention of(String reportKey, int index, Incident incident) {
    return new Mention(new MentionId(reportKey, index), incident);
  }
}
