package org.strikewatch.ingest.internal;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalLong;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jspecify.annotations.Nullable;
import org.strikewatch.ingest.ReadOptions;
import org.strikewatch.ingest.ReadResult;
import org.strikewatch.model.IncomingReport;

/**
 * One page of a public Telegram channel's web preview ({@code https://t.me/s/CHANNEL}): each
 * message block becomes a report whose origin and URL are {@code https://t.me/CHANNEL/ID}; messages
 * with no text (a photo, a sticker) and service messages are passed over with their reason.
 */
public final class TelegramWebPage {
  static final String MARKER = "tgme_widget_message";

  /** A parsed page: its results in page order (oldest first) and the message ids it held. */
  public record Page(
      List<Message> messages, List<ReadResult> unreadable, @Nullable String channelTitle) {
    public Page {
      messages = List.copyOf(messages);
      unreadable = List.copyOf(unreadable);
    }

    /** The smallest message id on the page, for paging back with {@code ?before=ID}. */
    OptionalLong oldestId() {
      return messages.stream().mapToLong(Message::id).min();
    }
  }

  /** One message block with its id and what reading it gave. */
  public record Message(String channel, long id, ReadResult result) {}

  private TelegramWebPage() {}

  static Page parse(byte[] bytes, @Nullable String baseUrl, ReadOptions options, Instant fetched)
      throws Unreadable {
    Document doc;
    try {
      doc = Jsoup.parse(new ByteArrayInputStream(bytes), null, baseUrl == null ? "" : baseUrl);
    } catch (IOException e) {
      throw new Unreadable("unreadable HTML: " + e.getMessage(), Excerpts.ofBytes(bytes));
    }
    return parse(doc, options, fetched);
  }

  static Page parse(Document doc, ReadOptions options, Instant fetched) {
    Element header = doc.selectFirst(".tgme_channel_info_header_title");
    String channelTitle = header == null ? null : header.text().strip();
    if (channelTitle != null && channelTitle.isEmpty()) {
      channelTitle = null;
    }
    List<Message> messages = new ArrayList<>();
    List<ReadResult> unreadable = new ArrayList<>();
    for (Element block : doc.select(".tgme_widget_message[data-post]")) {
      String post = block.attr("data-post");
      int slash = post.lastIndexOf('/');
      String channel = slash > 0 ? post.substring(0, slash) : "";
      String idText = slash > 0 ? post.substring(slash + 1) : "";
      if (!channel.matches("[A-Za-z0-9_]+") || !idText.matches("\\d{1,18}")) {
        String origin = "telegram web message \"" + post + "\"";
        unreadable.add(
            ReadResult.rejected(
                origin, "message has no channel/id in data-post: \"" + post + "\"", null));
        continue;
      }
      long id = Long.parseLong(idText);
      String url = "https://t.me/" + channel + "/" + id;
      messages.add(new Message(channel, id, read(block, url, channelTitle, options, fetched)));
    }
    return new Page(messages, unreadable, channelTitle);
  }

  private static ReadResult read(
      Element block,
      String url,
      @Nullable String channelTitle,
      ReadOptions options,
      Instant fetched) {
    if (block.hasClass("service_message")) {
      return new ReadResult.Skipped(url, "service message");
    }
    Element textElement = ownText(block);
    String text = textElement == null ? "" : HtmlText.of(textElement);
    Element previewElement = block.selectFirst(".tgme_widget_message_link_preview");
    if (text.isBlank()) {
      return new ReadResult.Skipped(url, "message has no text (" + mediaKind(block) + ")");
    }
    if (previewElement != null) {
      Element title = previewElement.selectFirst(".link_preview_title");
      Element description = previewElement.selectFirst(".link_preview_description");
      StringBuilder preview = new StringBuilder();
      if (title != null && !title.text().isBlank()) {
        preview.append(title.text().strip());
      }
      if (description != null && !description.text().isBlank()) {
        preview.append(preview.length() > 0 ? "\n" : "").append(HtmlText.of(description));
      }
      if (preview.length() > 0) {
        text = text + "\n\n" + preview;
      }
    }
    Element time = block.selectFirst(".tgme_widget_message_date time[datetime]");
    if (time == null) {
      time = block.selectFirst("time[datetime]");
    }
    LocalDate published = null;
    if (time != null) {
      try {
        published = Dates.parseIso(time.attr("datetime"), " in message " + url);
      } catch (Unreadable e) {
        return ReadResult.rejected(url, e.getMessage(), Excerpts.of(text));
      }
    }
    Element owner = block.selectFirst(".tgme_widget_message_owner_name");
    String source = channelTitle;
    if (source == null && owner != null && !owner.text().isBlank()) {
      source = owner.text().strip();
    }
    return ReadResult.of(
        IncomingReport.builder(text, url)
            .source(options.sourceOr(source))
            .url(url)
            .published(options.publishedOr(published))
            .fetchedAt(fetched)
            .mediaType("text/html")
            .build());
  }

  /** The message's own text block, not the quoted text of a message it replies to. */
  private static @Nullable Element ownText(Element block) {
    for (Element candidate : block.select(".tgme_widget_message_text")) {
      boolean inReply = false;
      for (Element parent : candidate.parents()) {
        if (parent == block) {
          break;
        }
        if (parent.hasClass("tgme_widget_message_reply")) {
          inReply = true;
          break;
        }
      }
      if (!inReply) {
        return candidate;
      }
    }
    return null;
  }

  private static String mediaKind(Element block) {
    if (block.selectFirst(".tgme_widget_message_photo_wrap, .tgme_widget_message_photo") != null) {
      return "photo";
    }
    if (block.selectFirst(".tgme_widget_message_video_player, video") != null) {
      return "video";
    }
    if (block.selectFirst(".tgme_widget_message_voice") != null) {
      return "voice message";
    }
    if (block.selectFirst(".tgme_widget_message_document") != null) {
      return "file";
    }
    if (block.selectFirst(".tgme_widget_message_poll") != null) {
      return "poll";
    }
    if (block.selectFirst(".tgme_widget_message_sticker_wrap") != null) {
      return "sticker";
    }
    return "media";
  }
}
