package org.strikewatch.ingest;

/** Telegram web-preview pages written for tests: one message block per id, oldest first. */
public final class ChannelPages {
  private ChannelPages() {}

  public static String page(String channel, long... ids) {
    StringBuilder sb = new StringBuilder();
    sb.append("<!DOCTYPE html><html><head><title>Test channel</title></head><body>\n");
    sb.append("<div class=\"tgme_channel_info_header_title\"><span>Test Channel</span></div>\n");
    sb.append("<section class=\"tgme_channel_history\">\n");
    for (long id : ids) {
      sb.append(
              "<div class=\"tgme_widget_message_wrap\"><div class=\"tgme_widget_message\" data-post=\"")
          .append(channel)
          .append('/')
          .append(id)
          .append("\"><div class=\"tgme_widget_message_text\">Report number ")
          .append(id)
          .append(" from the test channel.</div><div class=\"tgme_widget_message_footer\">")
          .append("<a class=\"tgme_widget_message_date\"><time datetime=\"2024-05-0")
          .append(1 + id % 9)
          .append("T10:00:00+00:00\"></time></a></div></div></div>\n");
    }
    sb.append("</section></body></html>\n");
    return sb.toString();
  }
}
