package org.strikewatch.dedupe;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.strikewatch.dedupe.internal.BlockingIndex;
import org.strikewatch.dedupe.internal.UnionFind;
import org.strikewatch.model.Incident;
import org.strikewatch.model.Place;
import org.strikewatch.model.PlacePrecision;

/**
 * De-duplication by blocking and constrained linkage. Mentions are filed by grid cell and day (or
 * region and day), so only mentions that share a day and lie nearby are compared. Matching pairs
 * become candidate links, taken best score first (ties by mention id); a link joins two groups only
 * when every pair across them matches and no user split forbids it (complete linkage), so a vague
 * mention cannot chain two distinct strikes together. Sorting the input and the links makes the
 * result independent of input order.
 */
public final class BlockedLinkageDeduplicator implements Deduplicator {

  private final IncidentMatcher matcher;

  /** A deduplicator with the default {@link SameStrikeRules}. */
  public BlockedLinkageDeduplicator() {
    this(new SameStrikeRules());
  }

  /** A deduplicator with the given matcher. */
  public BlockedLinkageDeduplicator(IncidentMatcher matcher) {
    this.matcher = matcher;
  }

  private record Edge(int a, int b, double score) {}

  private static final Comparator<Edge> EDGE_ORDER =
      Comparator.comparingDouble((Edge e) -> -e.score())
          .thenComparingInt(Edge::a)
          .thenComparingInt(Edge::b);

  @Override
  public List<MergedIncident> deduplicate(
      Collection<Mention> mentions, Set<CannotLink> constraints) {
    List<Mention> ms = new ArrayList<>(mentions);
    ms.sort(Comparator.comparing(Mention::id));
    for (int i = 1; i < ms.size(); i++) {
      if (ms.get(i).id().equals(ms.get(i - 1).id())) {
        throw new IllegalArgumentException("duplicate mention id: " + ms.get(i).id());
      }
    }
    int n = ms.size();
    BlockingIndex index = new BlockingIndex(SameStrikeRules.maxDistanceKm());
    boolean[] linkable = new boolean[n];
    for (int i = 0; i < n; i++) {
      Incident inc = ms.get(i).incident();
      if (!SameStrikeRules.isLinkable(inc)) {
        continue;
      }
      linkable[i] = true;
      Place p = inc.where();
      if (p.precision() == PlacePrecision.REGION) {
        index.addRegion(i, regionKey(p), inc.when().start(), inc.when().end());
      } else {
        index.addPoint(i, p.lat(), p.lon(), regionKey(p), inc.when().start(), inc.when().end());
      }
    }

    List<Edge> edges = new ArrayList<>();
    Map<Long, Boolean> verdicts = new HashMap<>();
    for (int i = 0; i < n; i++) {
      if (!linkable[i]) {
        continue;
      }
      Incident inc = ms.get(i).incident();
      Place p = inc.where();
      List<Integer> near =
          p.precision() == PlacePrecision.REGION
              ? index.inRegion(regionKey(p), inc.when().start(), inc.when().end())
              : index.nearPoint(
                  p.lat(), p.lon(), regionKey(p), inc.when().start(), inc.when().end());
      Set<Integer> seen = new HashSet<>();
      for (int j : near) {
        if (j <= i || !seen.add(j)) {
          continue;
        }
        double score = matcher.score(ms.get(i), ms.get(j));
        verdicts.put(pairKey(i, j, n), score >= 0);
        if (score >= 0) {
          edges.add(new Edge(i, j, score));
        }
      }
    }
    edges.sort(EDGE_ORDER);

    Map<String, Set<String>> forbidden = new HashMap<>();
    for (CannotLink c : constraints) {
      forbidden.computeIfAbsent(c.reportKeyA(), k -> new HashSet<>()).add(c.reportKeyB());
      forbidden.computeIfAbsent(c.reportKeyB(), k -> new HashSet<>()).add(c.reportKeyA());
    }

    UnionFind groups = new UnionFind(n);
    List<Edge> accepted = new ArrayList<>();
    for (Edge e : edges) {
      int ra = groups.find(e.a());
      int rb = groups.find(e.b());
      if (ra == rb) {
        continue;
      }
      if (allCompatible(ms, groups.members(ra), groups.members(rb), verdicts, forbidden, n)) {
        groups.union(ra, rb);
        accepted.add(e);
      }
    }

    Map<Integer, List<Link>> linksByRoot = new HashMap<>();
    for (Edge e : accepted) {
      linksByRoot
          .computeIfAbsent(groups.find(e.a()), k -> new ArrayList<>())
          .add(
              new Link(
                  ms.get(e.a()).id(),
                  ms.get(e.b()).id(),
                  matcher.match(ms.get(e.a()), ms.get(e.b())).reason()));
    }
    Map<Integer, List<Mention>> clusters = new LinkedHashMap<>();
    for (int i = 0; i < n; i++) {
      clusters.computeIfAbsent(groups.find(i), k -> new ArrayList<>()).add(ms.get(i));
    }
    List<MergedIncident> out = new ArrayList<>(clusters.size());
    for (Map.Entry<Integer, List<Mention>> c : clusters.entrySet()) {
      out.add(IncidentMerger.merge(c.getValue(), linksByRoot.getOrDefault(c.getKey(), List.of())));
    }
    return out;
  }

  private boolean allCompatible(
      List<Mention> ms,
      List<Integer> a,
      List<Integer> b,
      Map<Long, Boolean> verdicts,
      Map<String, Set<String>> forbidden,
      int n) {
    for (int x : a) {
      Set<String> no = forbidden.getOrDefault(ms.get(x).id().reportKey(), Set.of());
      for (int y : b) {
        if (no.contains(ms.get(y).id().reportKey())) {
          return false;
        }
        int lo = Math.min(x, y);
        int hi = Math.max(x, y);
        Boolean same = verdicts.get(pairKey(lo, hi, n));
        if (same == null) {
          same = matcher.score(ms.get(lo), ms.get(hi)) >= 0;
          verdicts.put(pairKey(lo, hi, n), same);
        }
        if (!same) {
          return false;
        }
      }
    }
    return true;
  }

  @Override
  public List<Mention> linkable(Mention mention, Collection<Mention> candidates) {
    List<Mention> out = new ArrayList<>();
    for (Mention c : candidates) {
      if (!c.id().equals(mention.id()) && matcher.score(mention, c) >= 0) {
        out.add(c);
      }
    }
    out.sort(Comparator.comparing(Mention::id));
    return out;
  }

  private static long pairKey(int lo, int hi, int n) {
    return (long) lo * n + hi;
  }

  private static @Nullable String regionKey(Place p) {
    return p.admin1() == null ? null : p.country() + "|" + p.admin1();
  }
}
