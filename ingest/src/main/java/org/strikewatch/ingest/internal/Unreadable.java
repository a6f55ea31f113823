package org.strikewatch.ingest.internal;

import org.jspecify.annotations.Nullable;

/** Internal signal that an input cannot be read; the reader turns it into a rejection. */
final class Unreadable extends Exception {
  private final @Nullable String excerpt;

  Unreadable(String reason, @Nullable String excerpt) {
    super(reason, null, false, false);
    this.excerpt = excerpt;
  }

  @Nullable String excerpt() {
    return excerpt;
  }
}
