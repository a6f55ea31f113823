package org.strikewatch.cli.pipeline;

import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.jspecify.annotations.Nullable;
import org.strikewatch.dedupe.CannotLink;
import org.strikewatch.dedupe.Deduplicator;
import org.strikewatch.dedupe.Link;
import org.strikewatch.dedupe.Mention;
import org.strikewatch.dedupe.MentionId;
import org.strikewatch.dedupe.MergedIncident;
import org.strikewatch.dedupe.Provenance;
import org.strikewatch.dedupe.SameStrikeRules;
import org.strikewatch.model.Incident;
import org.strikewatch.model.Place;
import org.strikewatch.model.PlacePrecision;
import org.strikewatch.store.CandidateQuery;
import org.strikewatch.store.CanonicalIncident;
import org.strikewatch.store.GridCell;
import org.strikewatch.store.MentionRow;
import org.strikewatch.store.Store;
import org.strikewatch.store.StoredMention;

/**
 * Runs de-duplication over a stored database incrementally. Around changed mentions (the seeds) it
 * gathers the connected neighbourhood of mentions that could merge with them (blocking queries by
 * grid cell, region and date), re-clusters that neighbourhood from scratch and writes the result
 * back, keeping incident ids where an incident keeps most of its mentions. Because clusters never
 * reach outside a neighbourhood, the result equals de-duplicating the whole database at once, in
 * any order.
 */
public final class StoreDeduplication {

  private final Store store;
  private final Deduplicator deduplicator;
  private final Map<Long, Integer> incidentSizes = new HashMap<>();

  public StoreDeduplication(Store store, Deduplicator deduplicator) {
    this.store = store;
    this.deduplicator = deduplicator;
  }

  /** What one integration did. */
  public record Outcome(int created, int merged, int deleted) {}

  /**
   * Re-clusters the neighbourhood of the seed mentions and writes the incidents. {@code
   * newMentions} (a subset of the seeds, possibly empty) get merge-history entries. Call inside a
   * transaction.
   */
  public Outcome integrate(Collection<StoredMention> seeds, Set<Long> newMentions) {
    return integrate(seeds, newMentions, new Writes(List.of()));
  }

  /**
   * Places mentions that are not stored yet (from {@link Store#saveExtractionAndClaims}) among the
   * stored ones, like {@link #integrate(Collection, Set)} with them as new mentions, then writes
   * them in order, each with its incident. The result is the same as storing them first and
   * integrating them, but each mention is written once instead of written and then assigned. Call
   * inside a transaction.
   */
  public Outcome integrateUnwritten(List<MentionRow> unwritten) {
    List<StoredMention> seeds = new ArrayList<>(unwritten.size());
    Set<Long> fresh = new HashSet<>();
    for (int i = 0; i < unwritten.size(); i++) {
      MentionRow m = unwritten.get(i);
      long provisional = Writes.provisionalId(i);
      seeds.add(
          new StoredMention(
              provisional, m.reportId(), m.index(), m.reportKey(), null, m.incident()));
      fresh.add(provisional);
    }
    Writes writes = new Writes(unwritten);
    Outcome outcome = integrate(seeds, fresh, writes);
    writes.finish();
    return outcome;
  }

  /**
   * The writes of one integration that concern mentions: assignments and merge history. Mentions
   * not written yet carry provisional (negative) ids until {@link #finish()} writes them with their
   * incidents; their merge history waits for their ids, and so, to keep the history in order, does
   * every merge-history entry of the integration.
   */
  private final class Writes {
    private final List<MentionRow> unwritten;
    private final @Nullable Long[] incidentOf;
    private final List<Merge> merges = new ArrayList<>();

    private record Merge(
        long incidentId, long mentionId, long reportId, String action, String reason) {}

    Writes(List<MentionRow> unwritten) {
      this.unwritten = unwritten;
      this.incidentOf = new Long[unwritten.size()];
    }

    /** The provisional id of the i-th unwritten mention. */
    static long provisionalId(int i) {
      return -1L - i;
    }

    void assign(long incidentId, Collection<Long> mentionIds) {
      List<Long> stored = new ArrayList<>(mentionIds.size());
      for (long id : mentionIds) {
        if (id < 0) {
          incidentOf[(int) (-1L - id)] = incidentId;
        } else {
          stored.add(id);
        }
      }
      if (!stored.isEmpty()) {
        store.assignMentions(incidentId, stored);
      }
    }

    void recordMerge(long incidentId, long mentionId, long reportId, String action, String reason) {
      if (unwritten.isEmpty()) {
        store.recordMerge(incidentId, mentionId, reportId, action, reason);
      } else {
        merges.add(new Merge(incidentId, mentionId, reportId, action, reason));
      }
    }

    void finish() {
      if (unwritten.isEmpty()) {
        return;
      }
      List<MentionRow> rows = new ArrayList<>(unwritten.size());
      for (int i = 0; i < unwritten.size(); i++) {
        rows.add(unwritten.get(i).withIncident(incidentOf[i]));
      }
      List<Long> ids = store.addMentions(rows);
      for (Merge m : merges) {
        long mention = m.mentionId() < 0 ? ids.get((int) (-1L - m.mentionId())) : m.mentionId();
        store.recordMerge(m.incidentId(), mention, m.reportId(), m.action(), m.reason());
      }
    }
  }

  private Outcome integrate(Collection<StoredMention> seeds, Set<Long> newMentions, Writes writes) {
    incidentSizes.clear();
    Map<Long, StoredMention> component = neighbourhood(seeds);
    if (component.isEmpty()) {
      return new Outcome(0, 0, 0);
    }
    Map<MentionId, StoredMention> byId = new HashMap<>();
    List<Mention> mentions = new ArrayList<>();
    for (StoredMention m : component.values()) {
      Mention mention = toMention(m);
      byId.put(mention.id(), m);
      mentions.add(mention);
    }
    Set<CannotLink> constraints = constraints(component.values());
    List<MergedIncident> clusters = deduplicator.deduplicate(mentions, constraints);

    Set<Long> oldIncidents = new TreeSet<>();
    for (StoredMention m : component.values()) {
      if (m.incidentId() != null) {
        oldIncidents.add(m.incidentId());
      }
    }
    Map<Integer, Long> reuseFor = assignIds(clusters, byId);
    Set<Long> taken = new HashSet<>(reuseFor.values());
    int created = 0;
    int merged = 0;
    for (int c = 0; c < clusters.size(); c++) {
      MergedIncident cluster = clusters.get(c);
      List<StoredMention> members = cluster.sources().stream().map(byId::get).toList();
      Long reuse = reuseFor.get(c);
      if (reuse != null && unchanged(reuse, members, newMentions)) {
        continue;
      }
      CanonicalIncident canonical =
          new CanonicalIncident(
              cluster.canonical(), cluster.sources().size(), Provenance.of(cluster).toJson());
      long incidentId;
      boolean fresh = reuse == null;
      if (fresh) {
        incidentId = store.createIncident(canonical);
        created++;
      } else {
        incidentId = reuse;
        store.updateIncident(incidentId, canonical);
      }
      taken.add(incidentId);
      Set<Long> moved = new java.util.LinkedHashSet<>();
      for (StoredMention m : members) {
        if (m.incidentId() == null || m.incidentId() != incidentId) {
          moved.add(m.id());
        }
      }
      if (!moved.isEmpty()) {
        writes.assign(incidentId, moved);
      }
      boolean first = fresh;
      for (StoredMention m : members) {
        boolean isNew = newMentions.contains(m.id());
        if (isNew && members.size() > 1) {
          merged++;
        }
        if (isNew || moved.contains(m.id())) {
          String reason = reasonFor(cluster, toMention(m).id(), members.size());
          String action = first ? "created" : isNew ? "merged" : "regrouped";
          writes.recordMerge(incidentId, m.id(), m.reportId(), action, reason);
          first = false;
        }
      }
    }
    int deleted = 0;
    for (long old : oldIncidents) {
      if (!taken.contains(old)) {
        store.deleteIncident(old);
        deleted++;
      }
    }
    return new Outcome(created, merged, deleted);
  }

  /** True when an incident keeps exactly its members and none is new: its values cannot change. */
  private boolean unchanged(long incidentId, List<StoredMention> members, Set<Long> newMentions) {
    for (StoredMention m : members) {
      if (newMentions.contains(m.id()) || m.incidentId() == null || m.incidentId() != incidentId) {
        return false;
      }
    }
    return incidentSizes.getOrDefault(incidentId, -1) == members.size();
  }

  private static String reasonFor(MergedIncident cluster, MentionId id, int size) {
    if (size == 1) {
      return "no other report describes this strike";
    }
    for (Link link : cluster.links()) {
      if (link.a().equals(id) || link.b().equals(id)) {
        return link.reason();
      }
    }
    return "grouped with " + (size - 1) + " other mention(s)";
  }

  /**
   * Which existing incident id each cluster keeps: pairs (cluster, old incident) are taken by the
   * number of mentions they share, largest first (ties: smaller incident id, then earlier cluster),
   * each id and each cluster at most once. Clusters left out get new incidents.
   */
  private static Map<Integer, Long> assignIds(
      List<MergedIncident> clusters, Map<MentionId, StoredMention> byId) {
    record Overlap(int cluster, long incident, int count) {}
    List<Overlap> overlaps = new ArrayList<>();
    for (int c = 0; c < clusters.size(); c++) {
      Map<Long, Integer> counts = new TreeMap<>();
      for (MentionId id : clusters.get(c).sources()) {
        Long incident = byId.get(id).incidentId();
        if (incident != null) {
          counts.merge(incident, 1, Integer::sum);
        }
      }
      for (Map.Entry<Long, Integer> e : counts.entrySet()) {
        overlaps.add(new Overlap(c, e.getKey(), e.getValue()));
      }
    }
    overlaps.sort(
        java.util.Comparator.comparingInt((Overlap o) -> -o.count())
            .thenComparingLong(Overlap::incident)
            .thenComparingInt(Overlap::cluster));
    Map<Integer, Long> out = new HashMap<>();
    Set<Long> used = new HashSet<>();
    for (Overlap o : overlaps) {
      if (!out.containsKey(o.cluster()) && used.add(o.incident())) {
        out.put(o.cluster(), o.incident());
      }
    }
    return out;
  }

  private Set<CannotLink> constraints(Collection<StoredMention> mentions) {
    Map<Long, String> keys = new HashMap<>();
    for (StoredMention m : mentions) {
      keys.put(m.reportId(), m.reportKey());
    }
    Set<CannotLink> out = new HashSet<>();
    for (List<Long> pair : store.cannotLinks(keys.keySet())) {
      String a = keys.get(pair.get(0));
      String b = keys.get(pair.get(1));
      if (a != null && b != null && !a.equals(b)) {
        out.add(new CannotLink(a, b));
      }
    }
    return out;
  }

  /** The seeds plus every stored mention reachable from them through possible merges. */
  private Map<Long, StoredMention> neighbourhood(Collection<StoredMention> seeds) {
    Map<Long, StoredMention> component = new LinkedHashMap<>();
    Deque<StoredMention> queue = new ArrayDeque<>();
    Set<Long> incidentsSeen = new HashSet<>();
    for (StoredMention s : seeds) {
      if (component.putIfAbsent(s.id(), s) == null) {
        queue.add(s);
      }
    }
    while (!queue.isEmpty()) {
      StoredMention m = queue.poll();
      // mentions sharing an incident with a member are rewritten with it, so they belong here
      if (m.incidentId() != null && incidentsSeen.add(m.incidentId())) {
        List<StoredMention> mates = store.mentionsOfIncident(m.incidentId());
        incidentSizes.put(m.incidentId(), mates.size());
        for (StoredMention mate : mates) {
          if (component.putIfAbsent(mate.id(), mate) == null) {
            queue.add(mate);
          }
        }
      }
      if (!SameStrikeRules.isLinkable(m.incident())) {
        continue;
      }
      List<StoredMention> candidates = store.candidates(queryFor(m.incident()));
      Map<MentionId, StoredMention> byId = new HashMap<>();
      List<Mention> asMentions = new ArrayList<>();
      for (StoredMention c : candidates) {
        if (!component.containsKey(c.id())) {
          Mention cm = toMention(c);
          byId.put(cm.id(), c);
          asMentions.add(cm);
        }
      }
      for (Mention linked : deduplicator.linkable(toMention(m), asMentions)) {
        StoredMention c = byId.get(linked.id());
        if (component.putIfAbsent(c.id(), c) == null) {
          queue.add(c);
        }
      }
    }
    return component;
  }

  /** The blocking query that finds every stored mention a linkable incident could merge with. */
  static CandidateQuery queryFor(Incident incident) {
    LocalDate start = incident.when().start();
    LocalDate end = incident.when().end();
    Place p = incident.where();
    int span = SameStrikeRules.MAX_SPAN_DAYS;
    if (p.precision() == PlacePrecision.REGION || p.lat() == null) {
      return new CandidateQuery(start, end, span, Set.of(), null, p.admin1(), false);
    }
    double reach = SameStrikeRules.maxDistanceKm();
    double kmPerDegreeLon = 111.32 * Math.max(0.05, Math.cos(Math.toRadians(p.lat())));
    double dLat = reach / 110.5;
    double dLon = Math.min(180, reach / kmPerDegreeLon);
    int rings = (int) Math.ceil(Math.max(dLat, dLon) / GridCell.SIZE_DEGREES);
    CandidateQuery.Box box =
        new CandidateQuery.Box(
            Math.max(-90, p.lat() - dLat),
            Math.min(90, p.lat() + dLat),
            p.lon() - dLon,
            p.lon() + dLon);
    if (box.minLon() < -180 || box.maxLon() > 180) {
      box = null; // across the antimeridian: the cells alone bound the search
    }
    return new CandidateQuery(
        start,
        end,
        span,
        GridCell.around(p.lat(), p.lon(), Math.min(rings, 40)),
        box,
        p.admin1(),
        true);
  }

  static Mention toMention(StoredMention m) {
    return Mention.of(m.reportKey(), m.index(), m.incident());
  }
}
