package org.strikewatch.cli;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;

/**
 * Reads one report (a file, or standard input for {@code -}) safely: UTF-8 only, at most {@link
 * #MAX_BYTES}, no binary files. Problems are {@link UserError}s that name the file; an empty report
 * is not an error but comes back with a warning. The text is exactly as decoded (a leading byte
 * order mark is dropped), so offsets into it match what the user sees.
 */
public final class ReportFiles {
  /** The largest report read: 10 MiB. */
  public static final int MAX_BYTES = 10 * 1024 * 1024;

  /** A report's text, the name used in messages, and warnings (e.g. empty report). */
  public record ReportText(String name, String text, List<String> warnings) {
    public ReportText {
      warnings = List.copyOf(warnings);
    }
  }

  private ReportFiles() {}

  /** Reads {@code path}, or standard input when it is {@code -}. */
  public static ReportText read(String path) {
    if ("-".equals(path)) {
      try {
        return decode("standard input", readLimited(System.in, "standard input"));
      } catch (IOException e) {
        throw new UserError("cannot read standard input: " + e.getMessage());
      }
    }
    return read(Path.of(path));
  }

  /** Reads a report file. */
  public static ReportText read(Path file) {
    String name = file.toString();
    if (Files.isDirectory(file)) {
      throw new UserError(name + " is a directory, not a report file");
    }
    if (!Files.exists(file)) {
      throw new UserError("no such file: " + name);
    }
    byte[] bytes;
    try {
      long size = Files.size(file);
      if (size > MAX_BYTES) {
        throw new UserError(tooLarge(name, size));
      }
      try (InputStream in = Files.newInputStream(file)) {
        bytes = readLimited(in, name);
      }
    } catch (NoSuchFileException e) {
      throw new UserError("no such file: " + name);
    } catch (AccessDeniedException e) {
      throw new UserError("cannot read " + name + ": permission denied");
    } catch (IOException e) {
      throw new UserError("cannot read " + name + ": " + e.getMessage());
    }
    return decode(name, bytes);
  }

  private static String tooLarge(String name, long size) {
    return name
        + " is too large ("
        + size
        + " bytes); reports larger than "
        + (MAX_BYTES / (1024 * 1024))
        + " MB are not read";
  }

  private static byte[] readLimited(InputStream in, String name) throws IOException {
    byte[] bytes = in.readNBytes(MAX_BYTES + 1);
    if (bytes.length > MAX_BYTES) {
      throw new UserError(name + " is too large; reports larger than 10 MB are not read");
    }
    return bytes;
  }

  /** Decodes a report's bytes with the checks above (exposed for callers with bytes in hand). */
  public static ReportText decode(String name, byte[] bytes) {
    if (bytes.length == 0) {
      return new ReportText(name, "", List.of(name + " is empty: no text to read"));
    }
    int nul = indexOfNul(bytes);
    if (nul >= 0) {
      throw new UserError(
          name + " looks like a binary file (NUL byte at offset " + nul + "), not a text report");
    }
    CharsetDecoder decoder =
        StandardCharsets.UTF_8
            .newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
    String text;
    try {
      text = decoder.decode(ByteBuffer.wrap(bytes)).toString();
    } catch (CharacterCodingException e) {
      throw new UserError(
          name + " is not valid UTF-8 (first bad byte at offset " + firstBad(bytes) + ")");
    }
    if (!text.isEmpty() && text.charAt(0) == '\uFEFF') {
      text = text.substring(1);
    }
    if (text.isBlank()) {
      return new ReportText(name, text, List.of(name + " is empty: no text to read"));
    }
    return new ReportText(name, text, List.of());
  }

  private static int indexOfNul(byte[] bytes) {
    for (int i = 0; i < bytes.length; i++) {
      if (bytes[i] == 0) {
        return i;
      }
    }
    return -1;
  }

  /** Offset of the first byte that does not start or continue a valid UTF-8 sequence. */
  static int firstBad(byte[] b) {
    int i = 0;
    while (i < b.length) {
      int c = b[i] & 0xFF;
      int extra;
      if (c < 0x80) {
        i++;
        continue;
      } else if (c >= 0xC2 && c <= 0xDF) {
        extra = 1;
      } else if (c >= 0xE0 && c <= 0xEF) {
        extra = 2;
      } else if (c >= 0xF0 && c <= 0xF4) {
        extra = 3;
      } else {
        return i;
      }
      if (i + extra > b.length - 1) {
        return i;
      }
      for (int k = 1; k <= extra; k++) {
        if ((b[i + k] & 0xC0) != 0x80) {
          return i;
        }
      }
      i += extra + 1;
    }
    return b.length;
  }
}
