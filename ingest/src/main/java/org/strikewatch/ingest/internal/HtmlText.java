package org.strikewatch.ingest.internal;

import java.util.Set;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * Text of an HTML element as a reader sees it: runs of whitespace collapse to one space, {@code
 * <br>} breaks a line, block elements (paragraphs, headings, list items) are separated by a blank
 * line.
 */
final class HtmlText {
  private static final Set<String> BLOCKS =
      Set.of(
          "p",
          "div",
          "section",
          "article",
          "main",
          "h1",
          "h2",
          "h3",
          "h4",
          "h5",
          "h6",
          "li",
          "ul",
          "ol",
          "blockquote",
          "pre",
          "table",
          "tr",
          "dl",
          "dt",
          "dd",
          "figure",
          "figcaption",
          "header",
          "footer",
          "address",
          "hr");

  private HtmlText() {}

  /** The element's text with paragraph breaks kept. */
  static String of(Element element) {
    StringBuilder out = new StringBuilder();
    NodeTraversor.traverse(
        new NodeVisitor() {
          @Override
          public void head(Node node, int depth) {
            if (node instanceof TextNode text) {
              appendCollapsed(out, text.getWholeText());
            } else if (node instanceof Element e) {
              String tag = e.normalName();
              if (tag.equals("br")) {
                trimTrailingSpace(out);
                out.append('\n');
              } else if (BLOCKS.contains(tag)) {
                paragraphBreak(out);
              }
            }
          }

          @Override
          public void tail(Node node, int depth) {
            if (node instanceof Element e && BLOCKS.contains(e.normalName())) {
              paragraphBreak(out);
            }
          }
        },
        element);
    return tidy(out.toString());
  }

  private static void appendCollapsed(StringBuilder out, String text) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      boolean space = Character.isWhitespace(c) || c == '\u00a0';
      if (space) {
        int len = out.length();
        if (len > 0 && out.charAt(len - 1) != ' ' && out.charAt(len - 1) != '\n') {
          out.append(' ');
        }
      } else {
        out.append(c);
      }
    }
  }

  private static void trimTrailingSpace(StringBuilder out) {
    while (out.length() > 0 && out.charAt(out.length() - 1) == ' ') {
      out.setLength(out.length() - 1);
    }
  }

  private static void paragraphBreak(StringBuilder out) {
    trimTrailingSpace(out);
    if (out.length() == 0) {
      return;
    }
    if (out.charAt(out.length() - 1) != '\n') {
      out.append('\n');
    }
    if (out.length() < 2 || out.charAt(out.length() - 2) != '\n') {
      out.append('\n');
    }
  }

  /** Trims each line and keeps at most one blank line between paragraphs. */
  static String tidy(String text) {
    StringBuilder sb = new StringBuilder();
    int blank = 0;
    for (String line : text.split("\n", -1)) {
      String l = line.strip();
      if (l.isEmpty()) {
        blank++;
        continue;
      }
      if (sb.length() > 0) {
        sb.append(blank > 0 ? "\n\n" : "\n");
      }
      sb.append(l);
      blank = 0;
    }
    return sb.toString();
  }
}
