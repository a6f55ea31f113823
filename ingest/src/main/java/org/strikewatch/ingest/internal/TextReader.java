package org.strikewatch.ingest.internal;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.strikewatch.ingest.ReadOptions;
import org.strikewatch.ingest.ReadResult;
import org.strikewatch.model.IncomingReport;

/**
 * A plain-text or Markdown report, with optional front matter between {@code ---} lines at the top:
 * {@code url}, {@code published} (ISO date), {@code source}, {@code title}, {@code language}. Other
 * keys are allowed and ignored. A title is put before the body, as a headline.
 */
final class TextReader {
  private TextReader() {}

  static List<ReadResult> read(Input input, String text, boolean markdown, ReadOptions options) {
    try {
      return List.of(ReadResult.of(parse(input, text, markdown, options)));
    } catch (Unreadable e) {
      return List.of(ReadResult.rejected(input.origin(), e.getMessage(), e.excerpt()));
    }
  }

  private static IncomingReport parse(
      Input input, String text, boolean markdown, ReadOptions options) throws Unreadable {
    String[] lines = text.split("\r?\n", -1);
    String url = input.url();
    String source = null;
    String title = null;
    String language = null;
    LocalDate published = null;
    int bodyStart = 0;
    if (lines.length > 0 && lines[0].strip().equals("---")) {
      int end = -1;
      for (int i = 1; i < lines.length; i++) {
        if (lines[i].strip().equals("---") || lines[i].strip().equals("...")) {
          end = i;
          break;
        }
      }
      if (end < 0) {
        throw new Unreadable(
            "front matter opened on line 1 is not closed with \"---\"", Excerpts.of(text));
      }
      for (int i = 1; i < end; i++) {
        String line = lines[i];
        if (line.isBlank() || line.stripLeading().startsWith("#")) {
          continue;
        }
        int colon = line.indexOf(':');
        if (colon <= 0) {
          throw new Unreadable(
              "front matter line " + (i + 1) + " is not \"key: value\": \"" + line.strip() + "\"",
              Excerpts.of(text));
        }
        String key = line.substring(0, colon).strip().toLowerCase(Locale.ROOT);
        String value = unquote(line.substring(colon + 1).strip());
        if (value.isEmpty()) {
          continue;
        }
        switch (key) {
          case "url", "link" -> url = value;
          case "source" -> source = value;
          case "title" -> title = value;
          case "published", "date" ->
              published = Dates.parseIso(value, " (front matter line " + (i + 1) + ")");
          case "language", "lang" -> {
            if (!value.matches("[a-z]{2}")) {
              throw new Unreadable(
                  "front matter line "
                      + (i + 1)
                      + ": language is not an ISO 639-1 code: \""
                      + value
                      + "\"",
                  Excerpts.of(text));
            }
            language = value;
          }
          default -> {
            // other keys (author, tags...) are allowed and not used
          }
        }
      }
      bodyStart = end + 1;
    }
    String body = String.join("\n", Arrays.asList(lines).subList(bodyStart, lines.length)).strip();
    if (body.isEmpty()) {
      throw new Unreadable(bodyStart == 0 ? "empty file" : "no text after the front matter", null);
    }
    String full = title == null ? body : title + "\n\n" + body;
    return IncomingReport.builder(full, input.origin())
        .source(options.sourceOr(source))
        .url(url)
        .published(options.publishedOr(published))
        .fetchedAt(input.fetchedAt())
        .mediaType(markdown ? "text/markdown" : "text/plain")
        .language(language)
        .build();
  }

  private static String unquote(String v) {
    if (v.length() >= 2
        && ((v.startsWith("\"") && v.endsWith("\"")) || (v.startsWith("'") && v.endsWith("'")))) {
      return v.substring(1, v.length() - 1).strip();
    }
    return v;
  }
}
