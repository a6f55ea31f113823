package org.strikewatch.extract.internal;

import org.jspecify.annotations.Nullable;

/**
 * What a lexicon phrase means: a key such as {@code weapon}, {@code killed} or {@code actor}, and
 * an optional argument (a weapon code, a country code).
 */
public record Term(String key, @Nullable String arg) {

  public Term {
    if (key == null || key.isBlank()) {
      throw new IllegalArgumentException("term key is required");
    }
  }

  /** True when this term has {@code k} as its key. */
  public boolean is(String k) {
    return key.equals(k);
  }
}
