package org.strikewatch.store.query.internal;

import java.io.IOException;
import java.io.Writer;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.MissingResourceException;
import org.jspecify.annotations.Nullable;
import org.strikewatch.model.AcledSubEventType;
import org.strikewatch.model.Estimate;
import org.strikewatch.model.Incident;
import org.strikewatch.model.Place;
import org.strikewatch.model.Weapon;
import org.strikewatch.store.query.HeldIncident;
import org.strikewatch.store.query.IncidentWriter;

/**
 * CSV in ACLED's 31-column layout so ACLED workflows can read Strikewatch incidents. Every incident
 * is coded disorder_type "Political violence", event_type "Explosions/Remote violence";
 * sub_event_type is "Air/drone strike" for aerial or guided bombs and for drones alone, otherwise
 * "Shelling/artillery/missile attack". geo_precision: 1 point or settlement, 2 district, 3 region
 * or coarser; time_precision: 1 a day, 2 days or a week, 3 a month or coarser. fatalities is the
 * best killed figure (else the floor, else 0). actor1 is the launching state's military forces, or
 * an unidentified armed group when the launcher is unknown. event_date uses ACLED's "01 March 2024"
 * form; timestamp is the export time in Unix seconds.
 */
public final class AcledCsvWriter implements IncidentWriter {

  /** ACLED's column names, in ACLED's order. */
  public static final List<String> COLUMNS =
      List.of(
          "event_id_cnty",
          "event_date",
          "year",
          "time_precision",
          "disorder_type",
          "event_type",
          "sub_event_type",
          "actor1",
          "assoc_actor_1",
          "inter1",
          "actor2",
          "assoc_actor_2",
          "inter2",
          "interaction",
          "civilian_targeting",
          "iso",
          "region",
          "country",
          "admin1",
          "admin2",
          "admin3",
          "location",
          "latitude",
          "longitude",
          "geo_precision",
          "source",
          "source_scale",
          "notes",
          "fatalities",
          "tags",
          "timestamp");

  private static final DateTimeFormatter DATE =
      DateTimeFormatter.ofPattern("dd MMMM yyyy", Locale.ENGLISH);

  private static final Map<String, Integer> ISO_NUMERIC =
      Map.ofEntries(
          Map.entry("UA", 804),
          Map.entry("RU", 643),
          Map.entry("BY", 112),
          Map.entry("MD", 498),
          Map.entry("PL", 616),
          Map.entry("RO", 642),
          Map.entry("GE", 268),
          Map.entry("SY", 760),
          Map.entry("IL", 376),
          Map.entry("PS", 275),
          Map.entry("LB", 422),
          Map.entry("YE", 887));

  private static final Map<String, String> REGION =
      Map.ofEntries(
          Map.entry("UA", "Europe"),
          Map.entry("RU", "Europe"),
          Map.entry("BY", "Europe"),
          Map.entry("MD", "Europe"),
          Map.entry("PL", "Europe"),
          Map.entry("RO", "Europe"),
          Map.entry("GE", "Caucasus and Central Asia"),
          Map.entry("SY", "Middle East"),
          Map.entry("IL", "Middle East"),
          Map.entry("PS", "Middle East"),
          Map.entry("LB", "Middle East"),
          Map.entry("YE", "Middle East"));

  private static final Map<String, String> MILITARY =
      Map.of(
          "RU", "Military Forces of Russia (2000-)",
          "UA", "Military Forces of Ukraine (2019-)");

  private final Writer out;
  private final String timestamp;

  public AcledCsvWriter(Writer out, Instant exportedAt) throws IOException {
    this.out = out;
    this.timestamp = Long.toString(exportedAt.getEpochSecond());
    Csv.row(out, List.copyOf(COLUMNS));
  }

  /** The ACLED sub_event_type for a weapon list. */
  public static String subEventType(List<Weapon> weapons) {
    return AcledSubEventType.of(weapons).label();
  }

  /** ACLED geo_precision: 1 settlement or point, 2 district (near a place), 3 region or coarser. */
  public static int geoPrecision(Place p) {
    switch (p.precision()) {
      case POINT:
      case SETTLEMENT:
        return 1;
      case DISTRICT:
        return 2;
      default:
        return 3;
    }
  }

  /** ACLED time_precision: 1 a day, 2 a few days or a week, 3 a month or coarser. */
  public static int timePrecision(Incident i) {
    switch (i.when().precision()) {
      case DAY:
        return 1;
      case DAYS:
      case WEEK:
        return 2;
      default:
        return 3;
    }
  }

  /** Fatalities: best killed figure, else the floor, else 0. */
  public static int fatalities(@Nullable Estimate killed) {
    if (killed == null) {
      return 0;
    }
    if (killed.best() != null) {
      return killed.best();
    }
    return killed.low() != null ? killed.low() : 0;
  }

  @Override
  public void write(HeldIncident s) throws IOException {
    Incident i = s.incident();
    Place p = i.where();
    LocalDate date = i.when().start();
    String country = p.country();
    String inter1 = i.launchedBy() == null ? "Political militia" : "State forces";
    Csv.row(
        out,
        Arrays.asList(
            iso3(country) + "SW" + s.id(),
            date == null ? null : DATE.format(date),
            date == null ? null : Integer.toString(date.getYear()),
            Integer.toString(timePrecision(i)),
            "Political violence",
            "Explosions/Remote violence",
            subEventType(i.weapons()),
            actor1(i.launchedBy(), country),
            "",
            inter1,
            "",
            "",
            "",
            inter1 + " only",
            "",
            country == null || !ISO_NUMERIC.containsKey(country)
                ? null
                : ISO_NUMERIC.get(country).toString(),
            country == null ? null : REGION.get(country),
            countryName(country),
            p.admin1(),
            "",
            "",
            p.name() != null ? p.name() : p.text(),
            Fields.coord(p.lat()),
            Fields.coord(p.lon()),
            Integer.toString(geoPrecision(p)),
            Fields.sourceNames(s.sources()),
            "Other",
            notes(s),
            Integer.toString(fatalities(i.killed())),
            "",
            timestamp));
  }

  private static String notes(HeldIncident s) {
    Incident i = s.incident();
    StringBuilder n = new StringBuilder();
    if (i.when().start() != null) {
      n.append("On or about ").append(i.when().start()).append(", ");
    }
    n.append(i.weapons().isEmpty() ? "a strike" : Fields.weapons(i.weapons()).replace(';', '/'));
    n.append(" hit ").append(i.where().name() != null ? i.where().name() : "an unresolved place");
    if (i.launchedBy() != null) {
      n.append(", launched by ").append(i.launchedBy());
    }
    if (Boolean.TRUE.equals(i.ownTerritory())) {
      n.append(", on the launcher's own territory");
    }
    n.append(". Strikewatch incident ").append(s.id());
    String urls = Fields.urls(s.sources());
    if (!urls.isEmpty()) {
      n.append("; ").append(urls);
    }
    return n.toString();
  }

  private static String actor1(@Nullable String launchedBy, @Nullable String country) {
    if (launchedBy != null) {
      String known = MILITARY.get(launchedBy);
      return known != null ? known : "Military Forces of " + countryName(launchedBy);
    }
    String c = countryName(country);
    return c == null ? "Unidentified Armed Group" : "Unidentified Armed Group (" + c + ")";
  }

  private static @Nullable String countryName(@Nullable String alpha2) {
    if (alpha2 == null) {
      return null;
    }
    String name = new Locale("", alpha2).getDisplayCountry(Locale.ENGLISH);
    return name.isEmpty() ? alpha2 : name;
  }

  private static String iso3(@Nullable String alpha2) {
    if (alpha2 == null) {
      return "";
    }
    try {
      return new Locale("", alpha2).getISO3Country();
    } catch (MissingResourceException ex) {
      return alpha2;
    }
  }

  @Override
  public void finish() throws IOException {
    out.flush();
  }
}
