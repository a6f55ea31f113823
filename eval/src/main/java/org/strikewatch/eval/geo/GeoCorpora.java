package org.strikewatch.eval.geo;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.jspecify.annotations.Nullable;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;
import org.xml.sax.ErrorHandler;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;

/**
 * Readers of the geoparsing benchmarks in {@code ../shared/benchmarks}. A malformed entry (a
 * missing or non-numeric field, a phrase not found at or near its offsets, a point out of range) is
 * left out and listed in {@link GeoCorpus#skipped()}; it never stops the reading.
 */
public final class GeoCorpora {
  /**
   * GeoWebNews annotation types that are toponyms for recognition. Demonyms, languages, non
   * toponyms and the "expression" types (the city, citizens) are not: Strikewatch does not report
   * demonyms as places.
   */
  public static final Set<String> GWN_TOPONYM_TYPES =
      Set.of(
          "Literal",
          "Metonymic",
          "Mixed",
          "Coercion",
          "Literal_Modifier",
          "Non_Literal_Modifier",
          "Embedded_Literal",
          "Embedded_Non_Lit",
          "Homonym");

  private GeoCorpora() {}

  /**
   * GeoWebNews: texts and recognition gold from {@code GWN.xml}; resolution gold from {@code
   * geocoding/gwn_full.txt} (one line per article in file order).
   */
  public static GeoCorpus geoWebNews(Path dir) throws IOException {
    Document xml = parse(dir.resolve("GWN.xml"));
    List<String> lines =
        Files.readAllLines(dir.resolve("geocoding/gwn_full.txt"), StandardCharsets.UTF_8);
    NodeList articles = xml.getDocumentElement().getElementsByTagName("article");
    Tally tally = new Tally();
    List<GeoDocument> out = new ArrayList<>();
    for (int i = 0; i < articles.getLength(); i++) {
      Element a = (Element) articles.item(i);
      String id = "gwn-" + a.getAttribute("file");
      String text = child(a, "text");
      if (text == null) {
        tally.skip(id, "article " + (i + 1) + " has no <text>");
        continue;
      }
      List<GoldToponym> rec = new ArrayList<>();
      NodeList tops = a.getElementsByTagName("toponym");
      for (int t = 0; t < tops.getLength(); t++) {
        Element e = (Element) tops.item(t);
        String type = child(e, "type");
        if (type == null || !GWN_TOPONYM_TYPES.contains(type)) {
          continue;
        }
        String where = id + " toponym " + (t + 1);
        GoldToponym g =
            gold(tally, where, text, child(e, "start"), child(e, "end"), child(e, "extractedName"));
        if (g != null) {
          rec.add(g);
        }
      }
      List<GoldToponym> res = new ArrayList<>();
      if (i < lines.size()) {
        String[] entries = lines.get(i).split("\\|\\|");
        for (int k = 0; k < entries.length; k++) {
          String where = id + " geocoding entry " + (k + 1);
          String[] f = entries[k].split(",,", -1);
          if (f.length < 6) {
            if (!entries[k].isBlank()) {
              tally.skip(where, "has " + f.length + " fields, not 6");
            }
            continue;
          }
          GoldToponym g = gold(tally, where, text, f[4], f[5], f[1]);
          if (g != null) {
            GoldToponym placed = withPoint(tally, where, g, f[2], f[3]);
            if (placed != null) {
              res.add(placed);
            }
          }
        }
      }
      out.add(new GeoDocument(id, text, rec, res));
    }
    return tally.corpus("GeoWebNews", out);
  }

  /**
   * LGL ({@code lgl.xml}): every toponym counts for recognition; those with a gold point for
   * resolution.
   */
  public static GeoCorpus lgl(Path dir) throws IOException {
    return lglFormat("LGL", "lgl-", dir.resolve("lgl.xml"));
  }

  /**
   * TR-News ({@code TR-News.xml}, LGL's format): every toponym counts for recognition; those with a
   * gold point for resolution. In some articles the offsets drift a few characters ahead of the
   * text; such spans are realigned (see {@link GeoCorpus#realigned()}).
   */
  public static GeoCorpus trNews(Path dir) throws IOException {
    return lglFormat("TR-News", "tr-", dir.resolve("TR-News.xml"));
  }

  /**
   * GeoVirus ({@code GeoVirus.xml}): {@code <article>} elements with {@code <text>} and {@code
   * <locations>/<location>} (name, start, end, lat, lon, Wikipedia page; no GeoNames id). Every
   * location counts for recognition and, with its point, for resolution. Its offsets are one past
   * the text; such spans are realigned (see {@link GeoCorpus#realigned()}).
   */
  public static GeoCorpus geoVirus(Path dir) throws IOException {
    return articles(
        "GeoVirus",
        "geovirus-",
        dir.resolve("GeoVirus.xml"),
        new XmlFormat("location", "name", false));
  }

  /**
   * The LGL XML format: {@code <article docid>} with {@code <text>} and {@code <toponym>}s of
   * start, end, phrase and an optional {@code <gaztag>} holding lat and lon. A toponym without a
   * gaztag is one the annotators could not place: it counts for recognition only.
   */
  private static GeoCorpus lglFormat(String name, String idPrefix, Path file) throws IOException {
    return articles(name, idPrefix, file, new XmlFormat("toponym", "phrase", true));
  }

  /**
   * How an {@code <article>} file names its gold entries: the entry element, the element holding
   * the phrase, and whether lat and lon sit in a {@code <gaztag>} child (else in the entry).
   */
  private record XmlFormat(String entryTag, String phraseTag, boolean pointInGaztag) {}

  /**
   * Reads {@code <article>} elements with a {@code <text>} and gold entries (start, end, phrase and
   * a point). Each entry counts for recognition; with a valid point, for resolution too. An article
   * is named by its {@code docid} attribute, else by its position.
   */
  private static GeoCorpus articles(String name, String idPrefix, Path file, XmlFormat format)
      throws IOException {
    Document xml = parse(file);
    NodeList articles = xml.getDocumentElement().getElementsByTagName("article");
    Tally tally = new Tally();
    List<GeoDocument> out = new ArrayList<>();
    for (int i = 0; i < articles.getLength(); i++) {
      Element a = (Element) articles.item(i);
      String id = idPrefix + (a.hasAttribute("docid") ? a.getAttribute("docid") : i + 1);
      String text = child(a, "text");
      if (text == null) {
        tally.skip(id, "has no <text>");
        continue;
      }
      List<GoldToponym> rec = new ArrayList<>();
      List<GoldToponym> res = new ArrayList<>();
      NodeList entries = a.getElementsByTagName(format.entryTag());
      for (int t = 0; t < entries.getLength(); t++) {
        Element e = (Element) entries.item(t);
        String where = id + " " + format.entryTag() + " " + (t + 1);
        GoldToponym g =
            gold(
                tally,
                where,
                text,
                child(e, "start"),
                child(e, "end"),
                child(e, format.phraseTag()));
        if (g == null) {
          continue;
        }
        rec.add(g);
        Element point = format.pointInGaztag() ? firstChild(e, "gaztag") : e;
        if (point != null) {
          GoldToponym placed = withPoint(tally, where, g, child(point, "lat"), child(point, "lon"));
          if (placed != null) {
            res.add(placed);
          }
        }
      }
      out.add(new GeoDocument(id, text, rec, res));
    }
    return tally.corpus(name, out);
  }

  /** Counts realigned spans and collects skipped entries while a corpus is read. */
  private static final class Tally {
    private int realigned;
    private final List<String> skipped = new ArrayList<>();

    void skip(String where, String why) {
      skipped.add(where + ": " + why);
    }

    GeoCorpus corpus(String name, List<GeoDocument> docs) {
      return new GeoCorpus(name, docs, realigned, skipped);
    }
  }

  /**
   * Reads a gold span; null (and a skipped entry) when a field is missing or not a number, or when
   * the phrase is not found at or near its offsets.
   */
  private static @Nullable GoldToponym gold(
      Tally tally,
      String where,
      String text,
      @Nullable String start,
      @Nullable String end,
      @Nullable String phrase) {
    if (start == null || end == null || phrase == null || phrase.isEmpty()) {
      tally.skip(where, "lacks a start, an end or its text");
      return null;
    }
    int s;
    int e;
    try {
      s = Integer.parseInt(start.trim());
      e = Integer.parseInt(end.trim());
    } catch (NumberFormatException ex) {
      tally.skip(
          where, "offsets are not numbers: \"" + start.trim() + "\", \"" + end.trim() + "\"");
      return null;
    }
    int[] span = locate(text, s, e, phrase);
    if (span == null) {
      int near = s < 0 ? -1 : nearest(text, s, phrase);
      if (near < 0) {
        tally.skip(
            where,
            "\""
                + phrase
                + "\" is not at "
                + s
                + ".."
                + e
                + " nor within "
                + REALIGN_WINDOW
                + " characters of it");
        return null;
      }
      tally.realigned++;
      span = new int[] {near, near + phrase.length()};
    }
    return new GoldToponym(span[0], span[1], phrase, null, null, true);
  }

  /**
   * How far a gold span may be moved to where its phrase really is. TR-News drifts by up to 10
   * characters, GeoVirus by 1.
   */
  static final int REALIGN_WINDOW = 24;

  /**
   * The start of the occurrence of {@code phrase} nearest to {@code s} (the earlier on a tie)
   * within {@link #REALIGN_WINDOW}, standing as whole words (no letter or digit glued to either
   * end); -1 when there is none.
   */
  private static int nearest(String text, int s, String phrase) {
    for (int d = 0; d <= REALIGN_WINDOW; d++) {
      for (int at : new int[] {s - d, s + d}) {
        if (at >= 0
            && at + phrase.length() <= text.length()
            && text.startsWith(phrase, at)
            && !glued(text, at - 1)
            && !glued(text, at + phrase.length())) {
          return at;
        }
      }
    }
    return -1;
  }

  private static boolean glued(String text, int i) {
    return i >= 0 && i < text.length() && Character.isLetterOrDigit(text.charAt(i));
  }

  /**
   * The gold toponym with its point; null (and a skipped entry) when a coordinate is missing, not a
   * number, or out of range.
   */
  private static @Nullable GoldToponym withPoint(
      Tally tally, String where, GoldToponym g, @Nullable String lat, @Nullable String lon) {
    Double la = number(lat);
    Double lo = number(lon);
    if (la == null || lo == null || !(Math.abs(la) <= 90) || !(Math.abs(lo) <= 180)) {
      tally.skip(
          where,
          "\"" + g.text() + "\" has no valid point: lat " + shown(lat) + ", lon " + shown(lon));
      return null;
    }
    return new GoldToponym(g.start(), g.end(), g.text(), la, lo, g.recognise());
  }

  private static String shown(@Nullable String field) {
    return field == null ? "missing" : "\"" + field.trim() + "\"";
  }

  private static int @Nullable [] locate(String text, int s, int e, String phrase) {
    if (s >= 0 && e > s && e <= text.length() && text.substring(s, e).equals(phrase)) {
      return new int[] {s, e};
    }
    // offsets may count code points; convert when the text has characters beyond the BMP
    int cps = text.codePointCount(0, text.length());
    if (s >= 0 && e > s && e <= cps) {
      int s16 = text.offsetByCodePoints(0, s);
      int e16 = text.offsetByCodePoints(0, e);
      if (text.substring(s16, e16).equals(phrase)) {
        return new int[] {s16, e16};
      }
    }
    return null;
  }

  private static @Nullable Double number(@Nullable String s) {
    if (s == null || s.isBlank()) {
      return null;
    }
    try {
      return Double.parseDouble(s.trim());
    } catch (NumberFormatException e) {
      return null;
    }
  }

  private static @Nullable String child(Element e, String name) {
    for (Node n = e.getFirstChild(); n != null; n = n.getNextSibling()) {
      if (n instanceof Element c && c.getTagName().equals(name)) {
        return c.getTextContent();
      }
    }
    return null;
  }

  private static @Nullable Element firstChild(Element e, String name) {
    for (Node n = e.getFirstChild(); n != null; n = n.getNextSibling()) {
      if (n instanceof Element c && c.getTagName().equals(name)) {
        return c;
      }
    }
    return null;
  }

  /** Reports XML errors only through the exception, not on standard error as the default does. */
  private static final class QuietErrors implements ErrorHandler {
    @Override
    public void warning(SAXParseException e) {}

    @Override
    public void error(SAXParseException e) throws SAXException {
      throw e;
    }

    @Override
    public void fatalError(SAXParseException e) throws SAXException {
      throw e;
    }
  }

  private static Document parse(Path file) throws IOException {
    try (InputStream in = Files.newInputStream(file)) {
      DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
      f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
      f.setExpandEntityReferences(false);
      DocumentBuilder b = f.newDocumentBuilder();
      b.setErrorHandler(new QuietErrors());
      return b.parse(in);
    } catch (ParserConfigurationException | SAXException e) {
      throw new IOException("cannot parse " + file + ": " + e.getMessage());
    }
  }
}
