package org.strikewatch.model;

import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** One strike or impact event that happened at a place and time, as one report states it. */
public record Incident(
    TimeSpan when,
    Place where,
    List<Weapon> weapons,
    List<String> weaponsText,
    @Nullable String launchedBy,
    @Nullable Boolean ownTerritory,
    @Nullable String ownTerritoryReason,
    @Nullable Estimate killed,
    @Nullable Estimate injured,
    @Nullable Estimate evacuated,
    @Nullable BorderDistance borderDistanceKm,
    List<String> attribution,
    List<Evidence> evidence,
    double confidence) {

  public Incident {
    if (when == null) {
      throw new IllegalArgumentException("incident time is required (use TimeSpan.unresolved)");
    }
    if (where == null) {
      throw new IllegalArgumentException("incident place is required");
    }
    weapons = List.copyOf(weapons);
    weaponsText = List.copyOf(weaponsText);
    attribution = List.copyOf(attribution);
    evidence = List.copyOf(evidence);
    if (launchedBy != null && !IsoCodes.isUpperAlpha2(launchedBy)) {
      throw new IllegalArgumentException(
          "launchedBy is not an ISO 3166-1 alpha-2 code: " + launchedBy);
    }
    if (confidence < 0 || confidence > 1 || Double.isNaN(confidence)) {
      throw new IllegalArgumentException("confidence out of range: " + confidence);
    }
  }

  /** Starts a builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** A builder prefilled with this incident's fields. */
  public Builder toBuilder() {
    return new Builder()
        .when(when)
        .where(where)
        .weapons(weapons)
        .weaponsText(weaponsText)
        .launchedBy(launchedBy)
        .ownTerritory(ownTerritory, ownTerritoryReason)
        .killed(killed)
        .injured(injured)
        .evacuated(evacuated)
        .borderDistanceKm(borderDistanceKm)
        .attribution(attribution)
        .evidence(evidence)
        .confidence(confidence);
  }

  /** Builder for {@link Incident}. */
  public static final class Builder {
    private TimeSpan when = TimeSpan.unresolved(null);
    private Place where = Place.builder().build();
    private List<Weapon> weapons = new ArrayList<>();
    private List<String> weaponsText = new ArrayList<>();
    private @Nullable String launchedBy;
    private @Nullable Boolean ownTerritory;
    private @Nullable String ownTerritoryReason;
    private @Nullable Estimate killed;
    private @Nullable Estimate injured;
    private @Nullable Estimate evacuated;
    private @Nullable BorderDistance borderDistanceKm;
    private List<String> attribution = new ArrayList<>();
    private List<Evidence> evidence = new ArrayList<>();
    private double confidence = 0.5;

    private Builder() {}

    public Builder when(TimeSpan value) {
      this.when = value;
      return this;
    }

    public Builder where(Place value) {
      this.where = value;
      return this;
    }

    public Builder weapons(List<Weapon> value) {
      this.weapons = new ArrayList<>(value);
      return this;
    }

    public Builder weaponsText(List<String> value) {
      this.weaponsText = new ArrayList<>(value);
      return this;
    }

    public Builder launchedBy(@Nullable String value) {
      this.launchedBy = value;
      return this;
    }

    public Builder ownTerritory(@Nullable Boolean value, @Nullable String reason) {
      this.ownTerritory = value;
      this.ownTerritoryReason = reason;
      return this;
    }

    public Builder killed(@Nullable Estimate value) {
      this.killed = value;
      return this;
    }

    public Builder injured(@Nullable Estimate value) {
      this.injured = value;
      return this;
    }

    public Builder evacuated(@Nullable Estimate value) {
      this.evacuated = value;
      return this;
    }

    public Builder borderDistanceKm(@Nullable BorderDistance value) {
      this.borderDistanceKm = value;
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

    public Builder addEvidence(Evidence value) {
      this.evidence.add(value);
      return this;
    }

    public Builder confidence(double value) {
      this.confidence = value;
      return this;
    }

    public Incident build() {
      return new Incident(
          when,
          where,
          weapons,
          weaponsText,
          launchedBy,
          ownTerritory,
          ownTerritoryReason,
          killed,
          injured,
          evacuated,
          borderDistanceKm,
          attribution,
          evidence,
          confidence);
    }
  }
}
