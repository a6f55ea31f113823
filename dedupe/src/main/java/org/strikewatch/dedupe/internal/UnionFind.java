package org.strikewatch.dedupe.internal;

import java.util.ArrayList;
import java.util.List;

/** Disjoint sets over 0..n-1 that also keep each set's members. */
public final class UnionFind {

  private final int[] parent;
  private final List<List<Integer>> members;

  public UnionFind(int n) {
    parent = new int[n];
    members = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      parent[i] = i;
      List<Integer> m = new ArrayList<>(1);
      m.add(i);
      members.add(m);
    }
  }

  /** The representative of i's set. */
  public int find(int i) {
    int r = i;
    while (parent[r] != r) {
      r = parent[r];
    }
    while (parent[i] != r) {
      int next = parent[i];
      parent[i] = r;
      i = next;
    }
    return r;
  }

  /** The members of the set whose representative is {@code root}. */
  public List<Integer> members(int root) {
    return members.get(root);
  }

  /** Joins two sets by their representatives; returns the new representative. */
  public int union(int rootA, int rootB) {
    List<Integer> a = members.get(rootA);
    List<Integer> b = members.get(rootB);
    int keep = a.size() >= b.size() ? rootA : rootB;
    int drop = keep == rootA ? rootB : rootA;
    parent[drop] = keep;
    members.get(keep).addAll(members.get(drop));
    members.set(drop, List.of());
    return keep;
  }
}
