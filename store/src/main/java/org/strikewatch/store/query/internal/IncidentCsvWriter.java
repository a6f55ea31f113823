package org.strikewatch.store.query.internal;

import static org.strikewatch.store.query.internal.Fields.best;
import static org.strikewatch.store.query.internal.Fields.coord;
import static org.strikewatch.store.query.internal.Fields.high;
import static org.strikewatch.store.query.internal.Fields.low;
import static org.strikewatch.store.query.internal.Fields.str;

import java.io.IOException;
import java.io.Writer;
import java.util.Arrays;
import java.util.List;
import org.strikewatch.model.BorderDistance;
import org.strikewatch.model.Incident;
import org.strikewatch.store.query.HeldIncident;
import org.strikewatch.store.query.IncidentWriter;

/** CSV with every incident field, the source names, report ids and source URLs. */
public final class IncidentCsvWriter implements IncidentWriter {

  /** The header, in column order. */
  public static final List<String> COLUMNS =
      List.of(
          "id",
          "date_start",
          "date_end",
          "time_precision",
          "time_text",
          "place",
          "place_text",
          "latitude",
          "longitude",
          "country",
          "admin1",
          "place_precision",
          "gazetteer_id",
          "weapons",
          "weapons_text",
          "launched_by",
          "own_territory",
          "own_territory_reason",
          "killed_low",
          "killed_best",
          "killed_high",
          "injured_low",
          "injured_best",
          "injured_high",
          "evacuated_low",
          "evacuated_best",
          "evacuated_high",
          "border_km_stated",
          "border_km_computed",
          "attribution",
          "confidence",
          "sources",
          "report_ids",
          "source_urls");

  private final Writer out;

  public IncidentCsvWriter(Writer out) throws IOException {
    this.out = out;
    Csv.row(out, List.copyOf(COLUMNS));
  }

  @Override
  public void write(HeldIncident s) throws IOException {
    Incident i = s.incident();
    BorderDistance b = i.borderDistanceKm();
    Csv.row(
        out,
        Arrays.asList(
            Long.toString(s.id()),
            str(i.when().start()),
            str(i.when().end()),
            i.when().precision().code(),
            i.when().text(),
            i.where().name(),
            i.where().text(),
            coord(i.where().lat()),
            coord(i.where().lon()),
            i.where().country(),
            i.where().admin1(),
            i.where().precision().code(),
            i.where().gazetteerId(),
            Fields.weapons(i.weapons()),
            Fields.join(i.weaponsText()),
            i.launchedBy(),
            str(i.ownTerritory()),
            i.ownTerritoryReason(),
            low(i.killed()),
            best(i.killed()),
            high(i.killed()),
            low(i.injured()),
            best(i.injured()),
            high(i.injured()),
            low(i.evacuated()),
            best(i.evacuated()),
            high(i.evacuated()),
            b == null ? null : str(b.stated()),
            b == null ? null : str(b.computed()),
            Fields.join(i.attribution()),
            str(i.confidence()),
            Fields.sourceNames(s.sources()),
            Fields.reportIds(s.sources()),
            Fields.urls(s.sources())));
  }

  @Override
  public void finish() throws IOException {
    out.flush();
  }
}
