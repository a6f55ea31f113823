package org.strikewatch.store;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.strikewatch.model.Claim;
import org.strikewatch.model.Incident;

/**
 * Incident mentions (one incident as one report states it), canonical incidents merged from them,
 * claims, merge history and the user's split decisions.
 */
public interface IncidentStore {

  /** Stores one incident of a report's extraction, not yet assigned; returns the mention id. */
  long addMention(long reportId, long extractionId, int index, String reportKey, Incident incident);

  /** Stores one claim of a report's extraction; returns the claim id. */
  long addClaim(long reportId, long extractionId, int index, Claim claim);

  /** Stored mentions that might describe the same strike (blocking by grid cell or admin1). */
  List<StoredMention> candidates(CandidateQuery query);

  /** The mentions with these ids (unknown ids are left out), in id order. */
  List<StoredMention> mentions(Collection<Long> mentionIds);

  /** The mentions merged into an incident, in id order. */
  List<StoredMention> mentionsOfIncident(long incidentId);

  /** The mentions stated by a report, in index order. */
  List<StoredMention> mentionsOfReport(long reportId);

  /** The claims stated by a report, in index order. */
  List<Claim> claimsOfReport(long reportId);

  /**
   * Deletes the mentions and claims of a report (before it is extracted again) and returns the ids
   * of the incidents those mentions belonged to.
   */
  Set<Long> deleteExtractionResults(long reportId);

  /** Creates a canonical incident; returns its id. */
  long createIncident(CanonicalIncident incident);

  /** Replaces the values of a canonical incident. */
  void updateIncident(long incidentId, CanonicalIncident incident);

  /** Deletes a canonical incident; its mentions become unassigned, its history is kept. */
  void deleteIncident(long incidentId);

  /** Points these mentions at an incident. */
  void assignMentions(long incidentId, Collection<Long> mentionIds);

  /** The canonical incident with this id. */
  Optional<StoredIncident> incident(long incidentId);

  /** How many canonical incidents are stored. */
  long countIncidents();

  /** Appends to an incident's merge history. */
  void recordMerge(
      long incidentId,
      @Nullable Long mentionId,
      @Nullable Long reportId,
      String action,
      String reason);

  /** An incident's merge history, oldest first. */
  List<MergeEvent> history(long incidentId);

  /** Records that two reports describe different strikes: their mentions never merge. */
  void addCannotLink(long reportA, long reportB, @Nullable String note);

  /** The cannot-link pairs (smaller id first) that involve any of these reports. */
  Set<List<Long>> cannotLinks(Collection<Long> reportIds);
}
