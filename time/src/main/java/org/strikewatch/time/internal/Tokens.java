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
  String[] norm;
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
    int cap = Math.max(16, Math.min(text.length() / 3 + 16, 1 << 20));
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
    StringBuilder sb = new StringBuilder(32);
    while (i < len) {
      char c = s.charAt(i);
      if (Character.isWhitespace(c) || c == '\u00a0' || c == '\u202f') {
        sp = true;
        if (c == '\n' || c == '\r' || c == '\u2029') {
          nl = true;
        }
        i++;
        continue;
      }
      int b = i;
      if (Character.isLetter(c)) {
        sb.setLength(0);
        while (i < len) {
          char d = s.charAt(i);
          if (Character.isLetter(d) || Character.getType(d) == Character.NON_SPACING_MARK) {
            sb.append(fold(d));
            i++;
          } else if (isApostrophe(d)
              && i + 1 < len
              && Character.isLetter(s.charAt(i + 1))
              && sb.length() > 0
              && !isPossessive(s, i + 1)) {
            sb.append('\'');
            i++;
          } else {
            break;
          }
          if (sb.length() > 64) {
            // absurdly long word: keep scanning it but stop building the form
            while (i < len && Character.isLetter(s.charAt(i))) {
              i++;
            }
            break;
          }
        }
        add(b, i, WORD, sb.length() > 64 ? "" : sb.toString(), -1, sp, nl);
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
        add(b, i, NUM, digits <= 12 ? s.substring(b, i) : "", digits <= 12 ? v : -1, sp, nl);
      } else {
        i++;
        if (Character.isHighSurrogate(c) && i < len) {
          i++;
        }
        char f =
            c == '\u2013' || c == '\u2014' || c == '\u2212' || c == '\u2010' || c == '\u2011'
                ? '-'
                : isApostrophe(c) ? '\'' : c;
        add(b, i, PUNCT, f < 128 ? ASCII[f] : String.valueOf(f), -1, sp, nl);
      }
      sp = false;
      nl = false;
    }
  }

  /** An English possessive or contraction "'s" / "'S" ends the word before the apostrophe. */
  private static boolean isPossessive(String s, int at) {
    char c = s.charAt(at);
    return (c == 's' || c == 'S')
        && (at + 1 >= s.length() || !Character.isLetter(s.charAt(at + 1)));
  }

  private static boolean isApostrophe(char c) {
    return c == '\'' || c == '\u2019' || c == '\u02bc' || c == '`' || c == '\u2018';
  }

  private static char fold(char d) {
    char l = Character.toLowerCase(d);
    if (l == 'ё') {
      return 'е';
    }
    return l;
  }

  private void add(int b, int e, byte k, String form, long v, boolean sp, boolean nl) {
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
    lex[n] = k == WORD ? Lexicon.lookup(form) : null;
    n++;
  }

  boolean isWord(int i, String w) {
    return i >= 0 && i < n && kind[i] == WORD && norm[i].equals(w);
  }

  boolean isPunct(int i, String p) {
    return i >= 0 && i < n && kind[i] == PUNCT && norm[i].equals(p);
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
      sb.append(norm[i]).append(' ');
    }
    return sb.toString().trim().toLowerCase(Locale.ROOT);
  }
}
