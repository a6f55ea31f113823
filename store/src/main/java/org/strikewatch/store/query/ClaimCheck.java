package org.strikewatch.store.query;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A claim beside what the database holds for the same subject, period and place: the filter derived
 * from the claim (absent when the claim has no resolved period), how many incidents match, up to a
 * listing limit of them, and a sentence such as "Astra: at least 21 own-territory incidents,
 * Mar–Apr 2024 — held: 14".
 */
public record ClaimCheck(
    StoredClaim claim,
    @Nullable IncidentFilter filter,
    long held,
    List<HeldIncident> incidents,
    String verdict,
    String sentence) {

  public ClaimCheck {
    incidents = List.copyOf(incidents);
  }
}
