package org.strikewatch.ingest.http;

import java.net.URI;
import java.nio.charset.Charset;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.UnsupportedCharsetException;
import java.util.Locale;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * A successful response: the URL finally served (after redirects), its media type and charset from
 * Content-Type when present, and the body bytes.
 */
public record FetchedPage(URI uri, @Nullable String contentType, byte[] body) {

  public FetchedPage {
    if (uri == null) {
      throw new IllegalArgumentException("uri is required");
    }
    if (body == null) {
      throw new IllegalArgumentException("body is required");
    }
  }

  /** The media type without parameters, lower-case ("text/html"), if the server sent one. */
  public Optional<String> mediaType() {
    if (contentType == null) {
      return Optional.empty();
    }
    String type = contentType.split(";", 2)[0].trim().toLowerCase(Locale.ROOT);
    return type.isEmpty() ? Optional.empty() : Optional.of(type);
  }

  /** The charset parameter of Content-Type, if present and known to this JVM. */
  public Optional<Charset> charset() {
    if (contentType == null) {
      return Optional.empty();
    }
    for (String part : contentType.split(";")) {
      String p = part.trim();
      if (p.toLowerCase(Locale.ROOT).startsWith("charset=")) {
        String name = p.substring(8).replace("\"", "").trim();
        try {
          return Optional.of(Charset.forName(name));
        } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
          return Optional.empty();
        }
      }
    }
    return Optional.empty();
  }
}
