package org.strikewatch.extract.internal;

/**
 * One token: UTF-16 offsets into the report (end exclusive), its folded form (lower case, ё as е,
 * apostrophes unified), its kind, and whether the word starts with a capital letter as written.
 */
public record Token(int start, int end, String text, Kind kind, boolean capitalized) {

  /** What a token is made of. */
  public enum Kind {
    WORD,
    NUMBER,
    PUNCT
  }

  /** True for a word token. */
  public boolean isWord() {
    return kind == Kind.WORD;
  }

  /** True for a punctuation token. */
  public boolean isPunct() {
    return kind == Kind.PUNCT;
  }

  /** True for punctuation that ends a clause: , ; : ( ) and dashes. */
  public boolean isClauseBreak() {
    if (kind != Kind.PUNCT) {
      return false;
    }
    char c = text.charAt(0);
    return c == ','
        || c == ';'
        || c == ':'
        || c == '('
        || c == ')'
        || c == '\u2014'
        || c == '.'
        || c == '!'
        || c == '?';
  }
}
