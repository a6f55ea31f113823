package org.strikewatch.time.internal;

import java.util.Arrays;
import java.util.Locale;

/**
 * A text split into word, number and punctuation tokens with UTF-16 offsets. Words are lower-cased
 * with apostrophes unified and "ё" folded to "е"; numbers carry their value when it fits.
 */
final class Tokens {
  static final byte WORD = 1;
  static final byte NUM = 2;
  static final byte PUNCT = 3;

  private static final String[] ASCII = new String[128];
  private static final int MAX_WORD = 64;

  static {
    for (int c = 0; c < 128; c++) {
      ASCII[c] = String.valueOf((char) c);
    }
  }

  final String text;
  int n;
  int[] start;
  int[] end;
  byte[] kind;
  @org.jspecify.annotations.Nullable String[] norm;
  long[] num;

  /**
   * True when whitespace (or nothing but the text start) separates the token from its predecessor.
   */
  boolean[] space;

  /** True when a line break precedes the token. */
  boolean[] newline;

  @org.jspecify.annotations.Nullable Lexicon.Word[] lex;

  Tokens(String text) {
    this.text = text;
    int cap = Math.max(16, Math.min(text.length() / 5 + 16, 1 << 20));
    start = new int[cap];
    end = new int[cap];
    kind = new byte[cap];
    norm = new String[cap];
    num = new long[cap];
    space = new boolean[cap];
    newline = new boolean[cap];
    lex = new Lexicon.Word[cap];
    scan();
  }

  private void scan() {
    String s = text;
    int len = s.length();
    int i = 0;
    boolean sp = true;
    boolean nl = true;
    char[] buf = new char[MAX_WORD];
    while (i < len) {
      char c = s.charAt(i);
      if (isSpace(c)) {
        sp = true;
        if (c == '\n' || c == '\r' || c == '\u2029') {
          nl = true;
        }
        i++;
        continue;
      }
      int b = i;
      if (isLetter(c)) {
        int blen = 0;
        int hash = 0;
        boolean overflow = false;
        while (i < len) {
          char d = s.charAt(i);
          char f;
          if (isLetter(d) || (d >= 0x300 && d <= 0x36f)) {
            f = fold(d);
          } else if (isApostrophe(d)
              && i + 1 < len
              && isLetter(s.charAt(i + 1))
              && i > b
              && !isPossessive(s, i + 1)) {
            f = '\'';
          } else {
            break;
          }
          if (blen < MAX_WORD) {
            buf[blen++] = f;
            hash = 31 * hash + f;
          } else {
            overflow = true;
          }
          i++;
        }
        int entry = overflow ? -1 : Lexicon.find(buf, blen, hash);
        if (entry >= 0) {
          add(b, i, WORD, Lexicon.form(entry), -1, sp, nl, Lexicon.word(entry));
        } else {
          add(b, i, WORD, null, -1, sp, nl, null);
        }
      } else if (c >= '0' && c <= '9') {
        long v = 0;
        int digits = 0;
        while (i < len && s.charAt(i) >= '0' && s.charAt(i) <= '9') {
          if (digits < 12) {
            v = v * 10 + (s.charAt(i) - '0');
          }
          digits++;
          i++;
        }
        add(b, i, NUM, null, digits <= 12 ? v : -1, sp, nl, null);
      } else {
        i++;
        if (Character.isHighSurrogate(c) && i < len) {
          i++;
        }
        char f =
            c == '\u2013' || c == '\u2014' || c == '\u2212' || c == '\u2010' || c == '\u2011'
                ? '-'
                : isApostrophe(c) ? '\'' : c;
        add(b, i, PUNCT, f < 128 ? ASCII[f] : String.valueOf(f), -1, sp, nl, null);
      }
      sp = false;
      nl = false;
    }
  }

  private static boolean isSpace(char c) {
    if (c <= ' ') {
      return true;
    }
    if (c < 128) {
      return false;
    }
    return c == '\u00a0'
        || c == '\u202f'
        || c == '\u2028'
        || c == '\u2029'
        || Character.isWhitespace(c)
        || Character.isSpaceChar(c);
  }

  static boolean isLetter(char c) {
    if (c < 128) {
      int l = c | 0x20;
      return l >= 'a' && l <= 'z';
    }
    if (c >= 0x400 && c <= 0x4ff) {
      return c < 0x482 || c > 0x489;
    }
    return Character.isLetter(c);
  }

  /** The word at token i, lower-cased and folded (built on first use for unknown words). */
  String norm(int i) {
    String f = norm[i];
    if (f == null) {
      if (kind[i] == NUM) {
        f = text.substring(start[i], end[i]);
      } else {
        StringBuilder sb = new StringBuilder(end[i] - start[i]);
        for (int k = start[i]; k < end[i]; k++) {
          char d = text.charAt(k);
          sb.append(isApostrophe(d) ? '\'' : fold(d));
        }
        f = sb.toString();
      }
      norm[i] = f;
    }
    return f;
  }

  /** An English possessive or contraction "'s" / "'S" ends the word before the apostrophe. */
  private static boolean isPossessive(String s, int at) {
    char c = s.charAt(at);
    return (c == 's' || c == 'S') && (at + 1 >= s.length() || !isLetter(s.charAt(at + 1)));
  }

  private static boolean isApostrophe(char c) {
    return c == '\'' || c == '\u2019' || c == '\u02bc' || c == '`' || c == '\u2018';
  }

  static char fold(char d) {
    char l;
    if (d < 128) {
      l = d >= 'A' && d <= 'Z' ? (char) (d + 32) : d;
    } else if (d >= 0x410 && d <= 0x42f) {
      l = (char) (d + 32);
    } else if (d >= 0x400 && d <= 0x40f) {
      l = (char) (d + 80);
    } else {
      l = Character.toLowerCase(d);
    }
    if (l == 'ё') {
      return 'е';
    }
    return l;
  }

  private void add(
      int b,
      int e,
      byte k,
      @org.jspecify.annotations.Nullable String form,
      long v,
      boolean sp,
      boolean nl,
      Lexicon.@org.jspecify.annotations.Nullable Word word) {
    if (n == start.length) {
      int cap = n * 2;
      start = Arrays.copyOf(start, cap);
      end = Arrays.copyOf(end, cap);
      kind = Arrays.copyOf(kind, cap);
      norm = Arrays.copyOf(norm, cap);
      num = Arrays.copyOf(num, cap);
      space = Arrays.copyOf(space, cap);
      newline = Arrays.copyOf(newline, cap);
      lex = Arrays.copyOf(lex, cap);
    }
    start[n] = b;
    end[n] = e;
    kind[n] = k;
    norm[n] = form;
    num[n] = v;
    space[n] = sp;
    newline[n] = nl;
    lex[n] = word;
    n++;
  }

  boolean isWord(int i, String w) {
    return i >= 0 && i < n && kind[i] == WORD && w.equals(norm(i));
  }

  boolean isPunct(int i, String p) {
    return i >= 0 && i < n && kind[i] == PUNCT && p.equals(norm[i]);
  }

  boolean isNum(int i) {
    return i >= 0 && i < n && kind[i] == NUM && num[i] >= 0;
  }

  int digits(int i) {
    return end[i] - start[i];
  }

  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < n; i++) {
      sb.append(norm(i)).append(' ');
    }
    return sb.toString().trim().toLowerCase(Locale.ROOT);
  }
}
