package org.strikewatch.geo.boundary;

import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.strikewatch.model.IsoCodes;

/**
 * A first-level division (oblast, krai, republic, federal city...) from Natural Earth admin-1.
 *
 * @param isoCode ISO 3166-2 code, e.g. "UA-63"
 * @param country internationally recognised country, ISO 3166-1 alpha-2 (UA for UA-43 and UA-40,
 *     which Natural Earth tags RU)
 * @param nameEn conventional English name ("Kharkiv Oblast", "Autonomous Republic of Crimea")
 * @param nameNaturalEarth Natural Earth's short name ("Kharkiv")
 * @param nameRu Russian name ("Харьковская область")
 * @param nameUk Ukrainian name ("Харківська область")
 * @param geonamesCode GeoNames admin-1 code ("UA.07"), as in cities500's country and admin1 columns
 * @param altNames Natural Earth's alternative names, possibly empty
 */
public record AdminRegion(
    String isoCode,
    String country,
    String nameEn,
    @Nullable String nameNaturalEarth,
    @Nullable String nameRu,
    @Nullable String nameUk,
    @Nullable String geonamesCode,
    List<String> altNames) {

  public AdminRegion {
    if (isoCode == null || isoCode.isBlank()) {
      throw new IllegalArgumentException("admin-1 ISO code is required");
    }
    if (country == null || !IsoCodes.isUpperAlpha2(country)) {
      throw new IllegalArgumentException("country must be ISO alpha-2: " + country);
    }
    if (nameEn == null || nameEn.isBlank()) {
      throw new IllegalArgumentException("English name is required for " + isoCode);
    }
    altNames = List.copyOf(Objects.requireNonNullElse(altNames, List.of()));
  }

  /** A builder, since a region has many names. */
  public static Builder builder(String isoCode, String country, String nameEn) {
    return new Builder(isoCode, country, nameEn);
  }

  /** Builds an {@link AdminRegion}. */
  public static final class Builder {
    private final String isoCode;
    private final String country;
    private final String nameEn;
    private @Nullable String nameNaturalEarth;
    private @Nullable String nameRu;
    private @Nullable String nameUk;
    private @Nullable String geonamesCode;
    private List<String> altNames = List.of();

    private Builder(String isoCode, String country, String nameEn) {
      this.isoCode = isoCode;
      this.country = country;
      this.nameEn = nameEn;
    }

    public Builder nameNaturalEarth(@Nullable String v) {
      this.nameNaturalEarth = v;
      return this;
    }

    public Builder nameRu(@Nullable String v) {
      this.nameRu = v;
      return this;
    }

    public Builder nameUk(@Nullable String v) {
      this.nameUk = v;
      return this;
    }

    public Builder geonamesCode(@Nullable String v) {
      this.geonamesCode = v;
      return this;
    }

    public Builder altNames(List<String> v) {
      this.altNames = v;
      return this;
    }

    public AdminRegion build() {
      return new AdminRegion(
          isoCode, country, nameEn, nameNaturalEarth, nameRu, nameUk, geonamesCode, altNames);
    }
  }
}
