package org.strikewatch.ingest.internal;

import com.rometools.rome.feed.synd.SyndContent;
import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.io.FeedException;
import com.rometools.rome.io.SyndFeedInput;
import com.rometools.rome.io.XmlReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import org.jsoup.Jsoup;
import org.jspecify.annotations.Nullable;
import org.strikewatch.ingest.ReadOptions;
import org.strikewatch.ingest.ReadResult;
import org.strikewatch.model.IncomingReport;

/**
 * An RSS (0.9x, 1.0, 2.0) or Atom feed, parsed with Rome: each entry is one report of its title and
 * its content or description (HTML reduced to text), with the entry link as URL and the feed title
 * as source. Rome gives entry dates as instants, so the date is taken in UTC.
 */
public final class FeedReader {

  /** One entry with a key that identifies it across polls (guid, else link, else title). */
  public record Entry(String key, ReadResult result) {}

  private FeedReader() {}

  static List<ReadResult> read(Input input, ReadOptions options) {
    try {
      return entries(input, options).stream().map(Entry::result).toList();
    } catch (Unreadable e) {
      return List.of(ReadResult.rejected(input.origin(), e.getMessage(), e.excerpt()));
    }
  }

  static List<Entry> entries(Input input, ReadOptions options) throws Unreadable {
    SyndFeed feed;
    try (XmlReader reader = new XmlReader(new ByteArrayInputStream(input.bytes()), true)) {
      SyndFeedInput in = new SyndFeedInput();
      in.setXmlHealerOn(true);
      in.setAllowDoctypes(false);
      feed = in.build(reader);
    } catch (FeedException | IOException | IllegalArgumentException e) {
      String what = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
      throw new Unreadable(
          "not a readable RSS or Atom feed ("
              + input.fileName()
              + "): "
              + what.lines().findFirst().orElse(""),
          Excerpts.ofBytes(input.bytes()));
    }
    String feedTitle = feed.getTitle() == null ? null : feed.getTitle().strip();
    List<Entry> out = new ArrayList<>();
    int index = 0;
    for (SyndEntry entry : feed.getEntries()) {
      index++;
      String link = entry.getLink() == null ? null : entry.getLink().strip();
      String key = firstNonBlank(entry.getUri(), link, entry.getTitle(), "entry " + index);
      String origin =
          input.origin() + "#" + (link != null && !link.isEmpty() ? link : "entry " + index);
      String title = entry.getTitle() == null ? "" : htmlToText(entry.getTitle());
      String body = body(entry);
      if (!title.isEmpty() && body.startsWith(title)) {
        body = body.substring(title.length()).strip();
      }
      String text = title.isEmpty() ? body : body.isEmpty() ? title : title + "\n\n" + body;
      if (text.isBlank()) {
        out.add(
            new Entry(
                key, ReadResult.rejected(origin, "feed entry " + index + " has no text", null)));
        continue;
      }
      Date date =
          entry.getPublishedDate() != null ? entry.getPublishedDate() : entry.getUpdatedDate();
      LocalDate published =
          date == null ? null : date.toInstant().atZone(ZoneOffset.UTC).toLocalDate();
      out.add(
          new Entry(
              key,
              ReadResult.of(
                  IncomingReport.builder(text, origin)
                      .source(options.sourceOr(feedTitle))
                      .url(link == null || link.isEmpty() ? null : link)
                      .published(options.publishedOr(published))
                      .fetchedAt(input.fetchedAt())
                      .mediaType("application/rss+xml")
                      .build())));
    }
    return out;
  }

  private static String body(SyndEntry entry) {
    String best = "";
    for (SyndContent c : entry.getContents()) {
      String t = c.getValue() == null ? "" : htmlToText(c.getValue());
      if (t.length() > best.length()) {
        best = t;
      }
    }
    SyndContent d = entry.getDescription();
    if (d != null && d.getValue() != null) {
      String t = htmlToText(d.getValue());
      if (t.length() > best.length()) {
        best = t;
      }
    }
    return best;
  }

  private static String htmlToText(String html) {
    if (html.indexOf('<') < 0 && html.indexOf('&') < 0) {
      return HtmlText.tidy(html.replaceAll("[ \\t\\x0B\\f\\r]+", " "));
    }
    return HtmlText.of(Jsoup.parseBodyFragment(html).body());
  }

  private static String firstNonBlank(@Nullable String... values) {
    for (String v : values) {
      if (v != null && !v.isBlank()) {
        return v.strip();
      }
    }
    return "";
  }
}
