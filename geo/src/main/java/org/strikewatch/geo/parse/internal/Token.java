package org.strikewatch.geo.parse.internal;

import org.jspecify.annotations.Nullable;

/**
 * A word or a punctuation mark: UTF-16 offsets (end exclusive), whether it is a word, in Cyrillic,
 * starts with a capital, is all capitals, and starts a sentence. Its text is cut from the source on
 * first use (most words of a report are never looked at as text).
 */
public final class Token {
  private final String source;
  private final int start;
  private final int end;
  private final boolean word;
  private final boolean cyrillic;
  private final boolean capitalized;
  private final boolean allCaps;
  private final boolean sentenceStart;
  private @Nullable String text;

  /** A token of {@code source[start, end)} with the flags the tokenizer found. */
  public Token(
      String source,
      int start,
      int end,
      boolean word,
      boolean cyrillic,
      boolean capitalized,
      boolean allCaps,
      boolean sentenceStart) {
    this.source = source;
    this.start = start;
    this.end = end;
    this.word = word;
    this.cyrillic = cyrillic;
    this.capitalized = capitalized;
    this.allCaps = allCaps;
    this.sentenceStart = sentenceStart;
  }

  public int start() {
    return start;
  }

  public int end() {
    return end;
  }

  /** The token as written. */
  public String text() {
    String t = text;
    if (t == null) {
      t = source.substring(start, end);
      text = t;
    }
    return t;
  }

  public boolean word() {
    return word;
  }

  public boolean cyrillic() {
    return cyrillic;
  }

  public boolean capitalized() {
    return capitalized;
  }

  public boolean allCaps() {
    return allCaps;
  }

  public boolean sentenceStart() {
    return sentenceStart;
  }

  @Override
  public String toString() {
    return "Token[" + start + ", " + end + ", " + text() + "]";
  }
}
