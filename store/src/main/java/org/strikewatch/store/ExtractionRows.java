package org.strikewatch.store;

import java.util.ArrayList;
import java.util.List;
import org.strikewatch.model.Extraction;
import org.strikewatch.model.json.ExtractionJson;

/**
 * An extraction with the contract JSON of the rows it becomes (the whole extraction, each incident,
 * each claim) already written. Building it is pure and thread-safe, so the ingest pipeline writes
 * the JSON on its extraction threads and the single writing thread only stores strings.
 */
public record ExtractionRows(
    Extraction extraction, String json, List<String> incidentJson, List<String> claimJson) {

  public ExtractionRows {
    if (extraction == null || json == null) {
      throw new IllegalArgumentException("extraction and its JSON are required");
    }
    incidentJson = List.copyOf(incidentJson);
    claimJson = List.copyOf(claimJson);
    if (incidentJson.size() != extraction.incidents().size()) {
      throw new IllegalArgumentException(
          "incident JSON count "
              + incidentJson.size()
              + " differs from incident count "
              + extraction.incidents().size());
    }
    if (claimJson.size() != extraction.claims().size()) {
      throw new IllegalArgumentException(
          "claim JSON count "
              + claimJson.size()
              + " differs from claim count "
              + extraction.claims().size());
    }
  }

  /** Writes the JSON of an extraction's rows. */
  public static ExtractionRows of(Extraction extraction) {
    List<String> incidents = new ArrayList<>(extraction.incidents().size());
    extraction.incidents().forEach(i -> incidents.add(mentionJson(i)));
    List<String> claims = new ArrayList<>(extraction.claims().size());
    extraction.claims().forEach(c -> claims.add(ExtractionJson.compact(ExtractionJson.claim(c))));
    return new ExtractionRows(
        extraction, ExtractionJson.toCompactString(extraction), incidents, claims);
  }

  static String mentionJson(org.strikewatch.model.Incident incident) {
    return ExtractionJson.compact(ExtractionJson.incident(incident));
  }
}
