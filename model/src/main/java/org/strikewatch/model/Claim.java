package org.strikewatch.model;

import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A statement about many incidents rather than one, such as "at least 21 times between March and
 * April 2024". {@code kind} is {@code "count"} for now; more kinds may be added.
 */
public record Claim(
    String kind,
    @Nullable Estimate count,
    @Nullable String subject,
    @Nullable String launchedBy,
    @Nullable Boolean ownTerritory,
    TimeSpan when,
    @Nullable Place where,
    List<String> attribution,
    List<Evidence> evidence) {

  public Claim {
    if (kind == null || kind.isBlank()) {
      throw new IllegalArgumentException("claim kind is required");
    }
    if (when == null) {
      throw new IllegalArgumentException("claim time is required (use TimeSpan.unresolved)");
    }
    if (launchedBy != null && !IsoCodes.isUpperAlpha2(launchedBy)) {
      throw new IllegalArgumentException(
          "launchedBy is not an ISO 3166-1 alpha-2 code: " + launchedBy);
    }
    attribution = List.copyOf(attribution);
    evidence = List.copyOf(evidence);
  }

  /** Starts a builder for a count claim. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builder for {@link Claim}. */
  public static final class Builder {
    private String kind = "count";
    private @Nullable Estimate count;
    private @Nullable String subject;
    private @Nullable String launchedBy;
    private @Nullable Boolean ownTerritory;
    private TimeSpan when = TimeSpan.unresolved(null);
    private @Nullable Place where;
    private List<String> attribution = new ArrayList<>();
    private List<Evidence> evidence = new ArrayList<>();

    private Builder() {}

    public Builder kind(String value) {
      this.kind = value;
      return this;
    }

    public Builder count(@Nullable Estimate value) {
      this.count = value;
      return this;
    }

    public Builder subject(@Nullable String value) {
      this.subject = value;
      return this;
    }

    public Builder launchedBy(@Nullable String value) {
      this.launchedBy = value;
      return this;
    }

    public Builder ownTerritory(@Nullable Boolean value) {
      this.ownTerritory = value;
      return this;
    }

    public Builder when(TimeSpan value) {
      this.when = value;
      return this;
    }

    public Builder where(@Nullable Place value) {
      this.where = value;
      return this;
    }

    public Builder attribution(List<String> value) {
      this.attribution = new ArrayList<>(value);
      return this;
    }

    public Builder evidence(List<Evidence> value) {
      this.evidence = new ArrayList<>(value);
      return this;
    }

    public Claim build() {
      return new Claim(
          kind, count, subject, launchedBy, ownTerritory, when, where, attribution, evidence);
    }
  }
}
