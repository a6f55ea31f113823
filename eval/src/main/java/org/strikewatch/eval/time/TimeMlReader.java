package org.strikewatch.eval.time;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;

/**
 * Reads documents with inline TIMEX3 annotations: TimeML ({@code .tml}, DCT in {@code <DCT>}) and
 * the WikiWars SGML form ({@code .key.xml}, DCT in {@code <DATETIME>}). The plain text is the
 * content of {@code <TEXT>} with all tags removed and XML entities decoded; gold offsets point into
 * it.
 */
public final class TimeMlReader {

  private static final Pattern ATTR = Pattern.compile("(\\w+)=\"([^\"]*)\"");
  private static final Pattern DCT =
      Pattern.compile("<(?:DCT|DATETIME)>\\s*(?:<TIMEX3([^>]*)>)?\\s*([^<]*)");
  private static final Pattern ISO_DAY = Pattern.compile("(\\d{4}-\\d{2}-\\d{2})");

  private TimeMlReader() {}

  /** Reads every {@code .tml} / {@code .xml} file of a directory, sorted by name. */
  public static List<AnnotatedDocument> readDirectory(Path dir) {
    try (Stream<Path> files = Files.list(dir)) {
      List<Path> sorted =
          files
              .filter(
                  p ->
                      p.getFileName().toString().endsWith(".tml")
                          || p.getFileName().toString().endsWith(".xml"))
              .filter(p -> !p.getFileName().toString().startsWith("."))
              .sorted()
              .toList();
      List<AnnotatedDocument> out = new ArrayList<>();
      for (Path p : sorted) {
        out.add(read(p));
      }
      return out;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read benchmark directory " + dir, e);
    }
  }

  /** Reads one annotated file. */
  public static AnnotatedDocument read(Path file) {
    try {
      String raw = Files.readString(file, StandardCharsets.UTF_8);
      String name = file.getFileName().toString();
      return parse(
          name.substring(0, name.indexOf('.') > 0 ? name.indexOf('.') : name.length()), raw);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + file, e);
    }
  }

  /** Parses an annotated document from its markup. */
  public static AnnotatedDocument parse(String id, String raw) {
    LocalDate dct = null;
    Matcher dm = DCT.matcher(raw);
    if (dm.find()) {
      String v = dm.group(1) != null ? attr(dm.group(1), "value") : null;
      Matcher iso = ISO_DAY.matcher(v != null ? v : dm.group(2));
      if (iso.find()) {
        dct = LocalDate.parse(iso.group(1));
      }
    }
    int from = raw.indexOf("<TEXT>");
    int to = raw.lastIndexOf("</TEXT>");
    if (from < 0 || to < from) {
      throw new IllegalArgumentException("no <TEXT> element in document " + id);
    }
    String body = raw.substring(from + "<TEXT>".length(), to);
    StringBuilder text = new StringBuilder(body.length());
    List<Timex> gold = new ArrayList<>();
    int openStart = -1;
    String openType = null;
    String openValue = null;
    int i = 0;
    while (i < body.length()) {
      char c = body.charAt(i);
      if (c == '<') {
        int close = body.indexOf('>', i);
        if (close < 0) {
          break;
        }
        String tag = body.substring(i + 1, close);
        if (tag.startsWith("TIMEX3")) {
          openStart = text.length();
          openType = attr(tag, "type");
          openValue = attr(tag, "value");
          if (tag.endsWith("/")) {
            openStart = -1;
          }
        } else if (tag.equals("/TIMEX3") && openStart >= 0) {
          gold.add(
              new Timex(openStart, text.length(), openType == null ? "DATE" : openType, openValue));
          openStart = -1;
        }
        i = close + 1;
      } else if (c == '&') {
        int semi = body.indexOf(';', i);
        String ent = semi > i && semi - i < 10 ? body.substring(i + 1, semi) : "";
        String rep =
            switch (ent) {
              case "amp" -> "&";
              case "lt" -> "<";
              case "gt" -> ">";
              case "quot" -> "\"";
              case "apos" -> "'";
              default -> null;
            };
        if (rep != null) {
          text.append(rep);
          i = semi + 1;
        } else {
          text.append(c);
          i++;
        }
      } else {
        text.append(c);
        i++;
      }
    }
    return new AnnotatedDocument(id, text.toString(), dct, gold);
  }

  private static @Nullable String attr(String tag, String name) {
    Matcher m = ATTR.matcher(tag);
    while (m.find()) {
      if (m.group(1).equals(name)) {
        return m.group(2);
      }
    }
    return null;
  }
}
