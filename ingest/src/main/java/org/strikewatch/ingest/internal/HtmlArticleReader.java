package org.strikewatch.ingest.internal;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;
import org.jspecify.annotations.Nullable;
import org.strikewatch.ingest.ReadOptions;
import org.strikewatch.ingest.ReadResult;
import org.strikewatch.model.IncomingReport;

/**
 * Reads a news article page: the headline and body text without navigation, headers, footers, share
 * buttons and other boilerplate; the publication date from the page's metadata
 * (article:published_time and similar meta tags, JSON-LD datePublished, itemprop, {@code <time
 * datetime>}); the canonical URL; the site name as source.
 */
final class HtmlArticleReader {
  static final String NO_TEXT = "no article text";
  private static final int MIN_BODY_LETTERS = 25;
  private static final ObjectMapper JSON = new ObjectMapper();

  private static final String REMOVE =
      "script, style, noscript, template, iframe, svg, canvas, nav, header:not(article header),"
          + " footer:not(article footer), aside, form, button, select, input, textarea, dialog,"
          + " [hidden], [aria-hidden=true], [role=navigation], [role=banner], [role=contentinfo],"
          + " [role=complementary], [role=search], [role=dialog], [role=menu]";
  private static final Pattern BOILERPLATE =
      Pattern.compile(
          "(?i)(^|[-_\\s])(nav|navbar|navigation|menu|footer|sidebar|breadcrumbs?|share|sharing"
              + "|social|related|recommended|promo|advert|advertisement|ads?|banner|cookies?"
              + "|consent|newsletter|subscribe|subscription|comments?|popup|modal|skip|paywall"
              + "|outbrain|taboola|most-?read|trending)($|[-_\\s])");
  private static final List<String> DATE_META =
      List.of(
          "article:published_time",
          "og:published_time",
          "datePublished",
          "pubdate",
          "publishdate",
          "publish-date",
          "publish_date",
          "published_time",
          "date",
          "dc.date.issued",
          "dc.date",
          "dcterms.created",
          "dcterms.issued",
          "parsely-pub-date",
          "sailthru.date",
          "article.published",
          "og:updated_time",
          "article:modified_time");

  private HtmlArticleReader() {}

  static List<ReadResult> read(Input input, ReadOptions options) {
    Document doc;
    try {
      doc =
          Jsoup.parse(
              new ByteArrayInputStream(input.bytes()),
              input.declaredCharset(),
              input.url() != null ? input.url() : "");
    } catch (IOException e) {
      return List.of(
          ReadResult.rejected(
              input.origin(),
              "unreadable HTML: " + e.getMessage(),
              Excerpts.ofBytes(input.bytes())));
    }
    return List.of(read(input, doc, options));
  }

  static ReadResult read(Input input, Document doc, ReadOptions options) {
    Map<String, String> meta = metaTags(doc);
    List<JsonNode> jsonLd = jsonLd(doc);
    String title = title(doc, meta, jsonLd);
    LocalDate published = published(doc, meta, jsonLd).orElse(null);
    String url = canonicalUrl(doc, meta, input.url());
    String site = meta.get("og:site_name");
    if (site == null && url != null) {
      site = host(url);
    }

    Element content = mainContent(doc);
    String body = content == null ? "" : HtmlText.of(content);
    if (title != null && body.startsWith(title)) {
      body = body.substring(title.length()).strip();
    }
    if (letters(body) < MIN_BODY_LETTERS) {
      String articleBody = firstText(jsonLd, "articleBody");
      if (articleBody != null && letters(articleBody) >= MIN_BODY_LETTERS) {
        body = HtmlText.tidy(articleBody);
      } else {
        String seen = (title == null ? "" : title + " ") + body;
        return ReadResult.rejected(input.origin(), NO_TEXT, Excerpts.of(seen));
      }
    }
    String text = title == null || title.isBlank() ? body : title + "\n\n" + body;
    return ReadResult.of(
        IncomingReport.builder(text, input.origin())
            .source(options.sourceOr(site))
            .url(url)
            .published(options.publishedOr(published))
            .fetchedAt(input.fetchedAt())
            .mediaType("text/html")
            .build());
  }

  private static int letters(String s) {
    int n = 0;
    for (int i = 0; i < s.length(); i++) {
      if (Character.isLetter(s.charAt(i))) {
        n++;
      }
    }
    return n;
  }

  private static Map<String, String> metaTags(Document doc) {
    Map<String, String> meta = new HashMap<>();
    for (Element m : doc.select("meta[content]")) {
      String key = m.hasAttr("property") ? m.attr("property") : m.attr("name");
      if (key.isEmpty()) {
        key = m.attr("itemprop");
      }
      String content = m.attr("content").strip();
      if (!key.isEmpty() && !content.isEmpty()) {
        meta.putIfAbsent(key.toLowerCase(Locale.ROOT), content);
        meta.putIfAbsent(key, content);
      }
    }
    return meta;
  }

  private static List<JsonNode> jsonLd(Document doc) {
    List<JsonNode> nodes = new ArrayList<>();
    for (Element script : doc.select("script[type=application/ld+json]")) {
      try {
        JsonNode root = JSON.readTree(script.data());
        if (root != null) {
          collectObjects(root, nodes, 0);
        }
      } catch (JacksonException e) {
        // a broken JSON-LD block is common and harmless: the other metadata still counts
      }
    }
    return nodes;
  }

  private static void collectObjects(JsonNode node, List<JsonNode> out, int depth) {
    if (depth > 8) {
      return;
    }
    if (node.isArray()) {
      for (JsonNode n : node) {
        collectObjects(n, out, depth + 1);
      }
    } else if (node.isObject()) {
      out.add(node);
      JsonNode graph = node.get("@graph");
      if (graph != null) {
        collectObjects(graph, out, depth + 1);
      }
      JsonNode main = node.get("mainEntity");
      if (main != null) {
        collectObjects(main, out, depth + 1);
      }
    }
  }

  private static @Nullable String firstText(List<JsonNode> nodes, String field) {
    for (JsonNode n : nodes) {
      JsonNode v = n.get(field);
      if (v != null && v.isTextual() && !v.asText().isBlank()) {
        return v.asText().strip();
      }
    }
    return null;
  }

  private static @Nullable String title(
      Document doc, Map<String, String> meta, List<JsonNode> jsonLd) {
    String t = meta.get("og:title");
    if (t == null) {
      t = firstText(jsonLd, "headline");
    }
    if (t == null) {
      Element h1 = doc.selectFirst("article h1, main h1, h1");
      if (h1 != null && !h1.text().isBlank()) {
        t = h1.text();
      }
    }
    if (t == null && !doc.title().isBlank()) {
      t = doc.title();
    }
    return t == null ? null : t.replaceAll("\\s+", " ").strip();
  }

  static Optional<LocalDate> published(
      Document doc, Map<String, String> meta, List<JsonNode> jsonLd) {
    for (String key : DATE_META) {
      String v = meta.get(key);
      if (v == null) {
        v = meta.get(key.toLowerCase(Locale.ROOT));
      }
      if (v != null) {
        Optional<LocalDate> d = Dates.parseLenient(v);
        if (d.isPresent()) {
          return d;
        }
      }
      if (key.equals("datePublished")) {
        for (String field : List.of("datePublished", "dateCreated")) {
          String ld = firstText(jsonLd, field);
          if (ld != null && Dates.parseLenient(ld).isPresent()) {
            return Dates.parseLenient(ld);
          }
        }
        for (Element e : doc.select("[itemprop=datePublished]")) {
          String raw = e.hasAttr("datetime") ? e.attr("datetime") : e.attr("content");
          Optional<LocalDate> d = Dates.parseLenient(raw.isEmpty() ? e.text() : raw);
          if (d.isPresent()) {
            return d;
          }
        }
      }
    }
    Elements times = doc.select("article time[datetime], time[pubdate][datetime], time[datetime]");
    for (Element time : times) {
      Optional<LocalDate> d = Dates.parseLenient(time.attr("datetime"));
      if (d.isPresent()) {
        return d;
      }
    }
    return Optional.empty();
  }

  private static @Nullable String canonicalUrl(
      Document doc, Map<String, String> meta, @Nullable String fetched) {
    Element link = doc.selectFirst("link[rel=canonical][href]");
    String url = link != null ? link.absUrl("href") : "";
    if (url.isEmpty() && link != null) {
      url = link.attr("href");
    }
    if (!url.startsWith("http")) {
      url = meta.getOrDefault("og:url", "");
    }
    if (!url.startsWith("http")) {
      url = fetched == null ? "" : fetched;
    }
    return url.isEmpty() ? null : url;
  }

  private static @Nullable String host(String url) {
    try {
      String host = new URI(url).getHost();
      return host == null ? null : host.replaceFirst("^www\\.", "");
    } catch (URISyntaxException e) {
      return null;
    }
  }

  /** The element holding the article body, after boilerplate is removed from the page. */
  static @Nullable Element mainContent(Document doc) {
    Element body = doc.body();
    if (body == null) {
      return null;
    }
    Element marked = body.selectFirst("[itemprop=articleBody]");
    int pageText = paragraphText(body);
    for (Element e : body.select(REMOVE)) {
      if (e.parent() != null && !holdsArticle(e, marked, pageText)) {
        e.remove();
      }
    }
    for (Element e : body.select("[class], [id]")) {
      if (e.parent() == null) {
        continue;
      }
      String tag = e.normalName();
      if (tag.equals("body") || tag.equals("article") || tag.equals("main")) {
        continue;
      }
      if ((BOILERPLATE.matcher(e.className()).find() || BOILERPLATE.matcher(e.id()).find())
          && !holdsArticle(e, marked, pageText)) {
        e.remove();
      }
    }
    if (marked != null && marked.parent() != null) {
      return marked;
    }
    Element best = null;
    int bestLen = 0;
    for (Element article : body.select("article")) {
      int len = paragraphText(article);
      if (len > bestLen) {
        best = article;
        bestLen = len;
      }
    }
    if (best != null && bestLen >= MIN_BODY_LETTERS) {
      return best;
    }
    Map<Element, Integer> scores = new HashMap<>();
    for (Element p : body.select("p, pre, blockquote")) {
      int len = p.text().length();
      if (len < 25) {
        continue;
      }
      Element parent = p.parent();
      if (parent != null) {
        scores.merge(parent, len, Integer::sum);
        Element grand = parent.parent();
        if (grand != null) {
          scores.merge(grand, len / 2, Integer::sum);
        }
      }
    }
    Element top = null;
    int topScore = 0;
    for (Map.Entry<Element, Integer> e : scores.entrySet()) {
      if (e.getValue() > topScore) {
        top = e.getKey();
        topScore = e.getValue();
      }
    }
    if (top != null) {
      return top;
    }
    Element main = body.selectFirst("main");
    return main != null ? main : body;
  }

  /**
   * True if removing {@code e} would remove the article: it is or contains the marked body or an
   * {@code <article>}, or holds more than half of the page's paragraph text (badly nested markup
   * can put the whole page inside an unclosed menu).
   */
  private static boolean holdsArticle(Element e, @Nullable Element marked, int pageText) {
    if (marked != null && (e == marked || marked.parents().contains(e))) {
      return true;
    }
    if (e.normalName().equals("article") || e.selectFirst("article") != null) {
      return true;
    }
    return pageText > 0 && paragraphText(e) * 2 > pageText;
  }

  private static int paragraphText(Element e) {
    int n = 0;
    for (Element p : e.select("p")) {
      n += p.text().length();
    }
    return n;
  }
}
