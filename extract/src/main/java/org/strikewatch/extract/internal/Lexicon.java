package org.strikewatch.extract.internal;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Multi-word phrases with meanings, matched over tokens: each phrase token is an exact word or a
 * stem ending in {@code *}. Matching indexes phrases by their first token (exact words in a map,
 * stems in a map of prefixes), so a pass over a report is a few hash look-ups per token. Immutable
 * after loading; thread-safe.
 */
public final class Lexicon {

  /** A phrase: its token patterns and the terms it carries. */
  private record Phrase(String[] tokens, List<Term> terms) {}

  /** A phrase found in the tokens: token indexes (end exclusive), offsets, and its terms. */
  public record Match(int first, int last, int start, int end, List<Term> terms) {

    /** True when one of the terms has key {@code k}. */
    public boolean has(String k) {
      for (Term t : terms) {
        if (t.is(k)) {
          return true;
        }
      }
      return false;
    }

    /** The argument of the first term with key {@code k}, or null. */
    public @org.jspecify.annotations.Nullable String arg(String k) {
      for (Term t : terms) {
        if (t.is(k)) {
          return t.arg();
        }
      }
      return null;
    }
  }

  private final Map<String, List<Phrase>> byExactFirst = new HashMap<>();
  private final Map<String, List<Phrase>> byStemFirst = new HashMap<>();
  private final Map<String, Phrase> phrases = new HashMap<>();
  private boolean[] stemLengths = new boolean[64];
  private int minStem = Integer.MAX_VALUE;
  private int maxStem = 0;

  /** {@link #byStemFirst} as a table looked up by prefix; built once parsing is done. */
  private StemTable stemTable = new StemTable(Map.of());

  private Lexicon() {}

  /** Loads the built-in lexicon. */
  public static Lexicon builtIn() {
    try (InputStream in =
        Lexicon.class.getResourceAsStream("/org/strikewatch/extract/lexicon.txt")) {
      if (in == null) {
        throw new IllegalStateException("lexicon resource missing from the class path");
      }
      return parse(new String(in.readAllBytes(), StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Parses lexicon lines {@code key[:arg]: phrase; phrase}.
   *
   * @throws IllegalArgumentException naming the first malformed line
   */
  public static Lexicon parse(String source) {
    Lexicon lx = new Lexicon();
    try (BufferedReader r = new BufferedReader(new java.io.StringReader(source))) {
      String line;
      int no = 0;
      while ((line = r.readLine()) != null) {
        no++;
        line = line.strip();
        if (line.isEmpty() || line.startsWith("#")) {
          continue;
        }
        int colon = line.indexOf(": ");
        if (colon < 0) {
          throw new IllegalArgumentException("lexicon line " + no + " has no \": \": " + line);
        }
        String head = line.substring(0, colon);
        int sep = head.indexOf(':');
        Term term =
            sep < 0
                ? new Term(head, null)
                : new Term(head.substring(0, sep), head.substring(sep + 1));
        for (String p : line.substring(colon + 2).split(";")) {
          String phrase = p.strip();
          if (!phrase.isEmpty()) {
            lx.add(phrase, term);
          }
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    lx.stemTable = new StemTable(lx.byStemFirst);
    return lx;
  }

  private void add(String phrase, Term term) {
    Phrase existing = phrases.get(phrase);
    if (existing != null) {
      if (!existing.terms.contains(term)) {
        existing.terms.add(term);
      }
      return;
    }
    String[] toks = phrase.split(" +");
    Phrase ph = new Phrase(toks, new ArrayList<>(List.of(term)));
    phrases.put(phrase, ph);
    String first = toks[0];
    if (first.endsWith("*")) {
      String stem = first.substring(0, first.length() - 1);
      byStemFirst.computeIfAbsent(stem, k -> new ArrayList<>()).add(ph);
      minStem = Math.min(minStem, stem.length());
      if (stem.length() >= stemLengths.length) {
        stemLengths = java.util.Arrays.copyOf(stemLengths, stem.length() + 1);
      }
      stemLengths[stem.length()] = true;
      maxStem = Math.max(maxStem, stem.length());
    } else {
      byExactFirst.computeIfAbsent(first, k -> new ArrayList<>()).add(ph);
    }
  }

  /**
   * Finds phrases in {@code tokens[from, to)}, longest first at each position, without overlaps.
   */
  public List<Match> find(List<Token> tokens, int from, int to) {
    StemTable stems = stemTable;
    List<Match> out = new ArrayList<>();
    List<Term> terms = new ArrayList<>();
    int i = from;
    while (i < to) {
      Token t = tokens.get(i);
      String w = t.text();
      if (w.isEmpty()) {
        i++;
        continue;
      }
      terms.clear();
      // candidates in a fixed order: phrases starting with the exact word, then those starting
      // with a stem of the word, shortest stem first
      int bestLen = 0;
      List<Phrase> exact = byExactFirst.get(w);
      if (exact != null) {
        bestLen = consider(exact, tokens, i, to, bestLen, terms);
      }
      if (t.isWord() && stems.size() > 0) {
        int max = Math.min(maxStem, w.length());
        int hash = 0;
        for (int len = 1; len <= max; len++) {
          hash = 31 * hash + w.charAt(len - 1); // String.hashCode of w's first len chars
          if (len >= minStem && stemLengths[len]) {
            List<Phrase> withStem = stems.get(w, len, hash);
            if (withStem != null) {
              bestLen = consider(withStem, tokens, i, to, bestLen, terms);
            }
          }
        }
      }
      if (bestLen == 0) {
        i++;
        continue;
      }
      Token last = tokens.get(i + bestLen - 1);
      out.add(new Match(i, i + bestLen, t.start(), last.end(), List.copyOf(terms)));
      i += bestLen;
    }
    return out;
  }

  /**
   * Weighs the phrases of {@code candidates} at token {@code i}: the terms of the longest ones that
   * match go into {@code terms}. Returns the longest length matched so far.
   */
  private static int consider(
      List<Phrase> candidates, List<Token> tokens, int i, int to, int bestLen, List<Term> terms) {
    int best = bestLen;
    for (Phrase ph : candidates) {
      int len = ph.tokens.length;
      if (len < best || i + len > to) {
        continue;
      }
      boolean ok = true;
      for (int k = 0; k < len && ok; k++) {
        ok = matches(ph.tokens[k], tokens.get(i + k).text());
      }
      if (!ok) {
        continue;
      }
      if (len > best) {
        terms.clear();
        best = len;
      }
      for (Term term : ph.terms) {
        if (!terms.contains(term)) {
          terms.add(term);
        }
      }
    }
    return best;
  }

  /**
   * The phrases by first-token stem, looked up by a word's prefix without cutting the word: an
   * open-addressing table keyed by the stem's {@link String#hashCode} and compared in place.
   * Immutable once built.
   */
  private static final class StemTable {
    private final String[] keys;
    private final int[] hashes;
    private final List<List<Phrase>> values;
    private final int mask;
    private final int size;

    StemTable(Map<String, List<Phrase>> byStem) {
      int cap = Integer.highestOneBit(Math.max(4, byStem.size() * 4 - 1)) << 1;
      keys = new String[cap];
      hashes = new int[cap];
      List<List<Phrase>> vals = new ArrayList<>(cap);
      for (int k = 0; k < cap; k++) {
        vals.add(null);
      }
      mask = cap - 1;
      for (Map.Entry<String, List<Phrase>> e : byStem.entrySet()) {
        int h = e.getKey().hashCode();
        int slot = mix(h) & mask;
        while (keys[slot] != null) {
          slot = (slot + 1) & mask;
        }
        keys[slot] = e.getKey();
        hashes[slot] = h;
        vals.set(slot, List.copyOf(e.getValue()));
      }
      values = vals;
      size = byStem.size();
    }

    int size() {
      return size;
    }

    /** The phrases whose first stem is {@code word}'s first {@code len} chars, or null. */
    @org.jspecify.annotations.Nullable
    List<Phrase> get(String word, int len, int hash) {
      int slot = mix(hash) & mask;
      String k;
      while ((k = keys[slot]) != null) {
        if (hashes[slot] == hash && k.length() == len && word.startsWith(k)) {
          return values.get(slot);
        }
        slot = (slot + 1) & mask;
      }
      return null;
    }

    private static int mix(int h) {
      return h ^ (h >>> 16);
    }
  }

  private static boolean matches(String pattern, String word) {
    if (pattern.endsWith("*")) {
      return word.length() >= pattern.length() - 1
          && word.regionMatches(0, pattern, 0, pattern.length() - 1);
    }
    return pattern.equals(word);
  }
}
