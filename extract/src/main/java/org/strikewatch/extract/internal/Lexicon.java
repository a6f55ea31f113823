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
    List<Match> out = new ArrayList<>();
    int i = from;
    List<Phrase> candidates = new ArrayList<>();
    while (i < to) {
      Token t = tokens.get(i);
      if (t.text().isEmpty()) {
        i++;
        continue;
      }
      candidates.clear();
      List<Phrase> exact = byExactFirst.get(t.text());
      if (exact != null) {
        candidates.addAll(exact);
      }
      if (t.isWord() && !byStemFirst.isEmpty()) {
        String w = t.text();
        int max = Math.min(maxStem, w.length());
        for (int len = minStem; len <= max; len++) {
          if (!stemLengths[len]) {
            continue;
          }
          List<Phrase> stems = byStemFirst.get(w.substring(0, len));
          if (stems != null) {
            candidates.addAll(stems);
          }
        }
      }
      int bestLen = 0;
      List<Term> terms = new ArrayList<>();
      for (Phrase ph : candidates) {
        int len = ph.tokens.length;
        if (len < bestLen || i + len > to) {
          continue;
        }
        boolean ok = true;
        for (int k = 0; k < len && ok; k++) {
          ok = matches(ph.tokens[k], tokens.get(i + k).text());
        }
        if (!ok) {
          continue;
        }
        if (len > bestLen) {
          terms.clear();
          bestLen = len;
        }
        for (Term term : ph.terms) {
          if (!terms.contains(term)) {
            terms.add(term);
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

  private static boolean matches(String pattern, String word) {
    if (pattern.endsWith("*")) {
      return word.length() >= pattern.length() - 1
          && word.regionMatches(0, pattern, 0, pattern.length() - 1);
    }
    return pattern.equals(word);
  }
}
