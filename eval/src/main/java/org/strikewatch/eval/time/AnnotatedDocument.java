package org.strikewatch.eval.time;

import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** A benchmark document: its plain text, creation date (DCT) and gold temporal expressions. */
public record AnnotatedDocument(
    String id, String text, @Nullable LocalDate creationDate, List<Timex> gold) {

  public AnnotatedDocument {
    gold = List.copyOf(gold);
  }
}
