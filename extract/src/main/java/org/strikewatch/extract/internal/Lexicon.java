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
 * stems in a character trie walked along the word), so a pass over a report is a hash look-up and a
 * short trie walk per token, with no strings cut. Immutable after loading; thread-safe.
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

  /** {@link #byStemFirst} as a trie walked along a word; built once parsing is done. */
  private StemTrie stemTrie = StemTrie.of(Map.of());

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
    lx.stemTrie = StemTrie.of(lx.byStemFirst);
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
    } else {
      byExactFirst.computeIfAbsent(first, k -> new ArrayList<>()).add(ph);
    }
  }

  /**
   * Finds phrases in {@code tokens[from, to)}, longest first at each position, without overlaps.
   */
  public List<Match> find(List<Token> tokens, int from, int to) {
    StemTrie stems = stemTrie;
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
      if (t.isWord() && !stems.isEmpty()) {
        // every stem that begins the word, shortest first
        int max = w.length();
        StemTrie node = stems;
        for (int len = 0; node != null; len++) {
          if (node.phrases != null) {
            bestLen = consider(node.phrases, tokens, i, to, bestLen, terms);
          }
          node = len < max ? node.child(w.charAt(len)) : null;
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
   * The phrases by first-token stem as a character trie, walked along a word's prefix without
   * cutting the word: most words leave it after a character or two. Immutable once built.
   */
  private static final class StemTrie {
    private final char[] labels;
    private final StemTrie[] children;
    private final @org.jspecify.annotations.Nullable List<Phrase> phrases;

    private StemTrie(
        char[] labels,
        StemTrie[] children,
        @org.jspecify.annotations.Nullable List<Phrase> phrases) {
      this.labels = labels;
      this.children = children;
      this.phrases = phrases;
    }

    static StemTrie of(Map<String, List<Phrase>> byStem) {
      return build(new java.util.TreeMap<>(byStem), 0);
    }

    /**
     * The trie of {@code stems} (all sharing their first {@code depth} chars) below that prefix.
     */
    private static StemTrie build(java.util.SortedMap<String, List<Phrase>> stems, int depth) {
      List<Phrase> here = null;
      java.util.TreeMap<Character, java.util.TreeMap<String, List<Phrase>>> next =
          new java.util.TreeMap<>();
      for (Map.Entry<String, List<Phrase>> e : stems.entrySet()) {
        String stem = e.getKey();
        if (stem.length() == depth) {
          here = List.copyOf(e.getValue());
        } else {
          next.computeIfAbsent(stem.charAt(depth), k -> new java.util.TreeMap<>())
              .put(stem, e.getValue());
        }
      }
      char[] labels = new char[next.size()];
      StemTrie[] children = new StemTrie[next.size()];
      int i = 0;
      for (Map.Entry<Character, java.util.TreeMap<String, List<Phrase>>> e : next.entrySet()) {
        labels[i] = e.getKey();
        children[i] = build(e.getValue(), depth + 1);
        i++;
      }
      return new StemTrie(labels, children, here);
    }

    boolean isEmpty() {
      return labels.length == 0 && phrases == null;
    }

    @org.jspecify.annotations.Nullable
    StemTrie child(char c) {
      int i = java.util.Arrays.binarySearch(labels, c);
      return i >= 0 ? children[i] : null;
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
