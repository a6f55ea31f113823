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
import org.xml.sax.SAXException;

/** Readers of the geoparsing benchmarks in {@code ../shared/benchmarks}. */
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
   * geocoding/gwn_full.txt} (one line per article in file order). Gold spans whose offsets do not
   * reproduce their text are dropped.
   */
  public static List<GeoDocument> geoWebNews(Path dir) throws IOException {
    Document xml = parse(dir.resolve("GWN.xml"));
    List<String> lines =
        Files.readAllLines(dir.resolve("geocoding/gwn_full.txt"), StandardCharsets.UTF_8);
    NodeList articles = xml.getDocumentElement().getElementsByTagName("article");
    List<GeoDocument> out = new ArrayList<>();
    for (int i = 0; i < articles.getLength(); i++) {
      Element a = (Element) articles.item(i);
      String text = child(a, "text");
      if (text == null) {
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
        GoldToponym g =
            gold(text, child(e, "start"), child(e, "end"), child(e, "extractedName"), null, null);
        if (g != null) {
          rec.add(g);
        }
      }
      List<GoldToponym> res = new ArrayList<>();
      if (i < lines.size()) {
        for (String entry : lines.get(i).split("\\|\\|")) {
          String[] f = entry.split(",,", -1);
          if (f.length < 6) {
            continue;
          }
          GoldToponym g = gold(text, f[4], f[5], f[1], f[2], f[3]);
          if (g != null) {
            res.add(g);
          }
        }
      }
      out.add(new GeoDocument("gwn-" + a.getAttribute("file"), text, rec, res));
    }
    return out;
  }

  /** LGL: every toponym counts for recognition; those with a gold point for resolution. */
  public static List<GeoDocument> lgl(Path dir) throws IOException {
    Document xml = parse(dir.resolve("lgl.xml"));
    NodeList articles = xml.getDocumentElement().getElementsByTagName("article");
    List<GeoDocument> out = new ArrayList<>();
    for (int i = 0; i < articles.getLength(); i++) {
      Element a = (Element) articles.item(i);
      String text = child(a, "text");
      if (text == null) {
        continue;
      }
      List<GoldToponym> rec = new ArrayList<>();
      List<GoldToponym> res = new ArrayList<>();
      NodeList tops = a.getElementsByTagName("toponym");
      for (int t = 0; t < tops.getLength(); t++) {
        Element e = (Element) tops.item(t);
        String lat = null;
        String lon = null;
        NodeList gaz = e.getElementsByTagName("gaztag");
        if (gaz.getLength() > 0) {
          lat = child((Element) gaz.item(0), "lat");
          lon = child((Element) gaz.item(0), "lon");
        }
        GoldToponym g =
            gold(text, child(e, "start"), child(e, "end"), child(e, "phrase"), lat, lon);
        if (g == null) {
          continue;
        }
        rec.add(g);
        if (g.lat() != null) {
          res.add(g);
        }
      }
      out.add(new GeoDocument("lgl-" + a.getAttribute("docid"), text, rec, res));
    }
    return out;
  }

  private static @Nullable GoldToponym gold(
      String text,
      @Nullable String start,
      @Nullable String end,
      @Nullable String phrase,
      @Nullable String lat,
      @Nullable String lon) {
    if (start == null || end == null || phrase == null) {
      return null;
    }
    int s;
    int e;
    try {
      s = Integer.parseInt(start.trim());
      e = Integer.parseInt(end.trim());
    } catch (NumberFormatException ex) {
      return null;
    }
    // offsets may count code points; convert when the text has characters beyond the BMP
    int[] span = locate(text, s, e, phrase);
    if (span == null) {
      return null;
    }
    Double la = number(lat);
    Double lo = number(lon);
    if (la == null || lo == null || Math.abs(la) > 90 || Math.abs(lo) > 180) {
      la = null;
      lo = null;
    }
    return new GoldToponym(span[0], span[1], phrase, la, lo, true);
  }

  private static int @Nullable [] locate(String text, int s, int e, String phrase) {
    if (s >= 0 && e > s && e <= text.length() && text.substring(s, e).equals(phrase)) {
      return new int[] {s, e};
    }
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

  private static Document parse(Path file) throws IOException {
    try (InputStream in = Files.newInputStream(file)) {
      DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
      f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
      f.setExpandEntityReferences(false);
      DocumentBuilder b = f.newDocumentBuilder();
      return b.parse(in);
    } catch (ParserConfigurationException | SAXException e) {
      throw new IOException("cannot parse " + file + ": " + e.getMessage());
    }
  }
}
