package org.strikewatch.eval.events;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads the CASE 2021 Task 2 test set: a TSV of {@code id, EventSnippet, SubType} with a header.
 */
public final class Case2021 {
  /** The labelled test file inside the benchmark folder. */
  public static final String TEST_FILE = "test_set_final_release_with_labels.tsv";

  private Case2021() {}

  /** Reads the labelled snippets of the folder {@code dir}. */
  public static List<EventSnippet> read(Path dir) throws IOException {
    Path file = dir.resolve(TEST_FILE);
    List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
    List<EventSnippet> out = new ArrayList<>();
    for (int i = 1; i < lines.size(); i++) {
      String line = lines.get(i);
      if (line.isBlank()) {
        continue;
      }
      String[] f = line.split("\t", -1);
      if (f.length != 3 || f[2].isBlank()) {
        throw new IOException(
            file + " line " + (i + 1) + ": expected id, snippet and sub-type separated by tabs");
      }
      out.add(new EventSnippet(f[0].strip(), f[1].strip(), f[2].strip()));
    }
    return out;
  }
}
