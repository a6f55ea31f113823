package org.strikewatch.ingest.internal;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import org.jspecify.annotations.Nullable;

/** Telling text from binary, and decoding text strictly (UTF-8, or UTF-16 with a BOM). */
final class Decoding {
  private static final int SAMPLE = 8192;

  private Decoding() {}

  /** True if the bytes look like a binary file: a NUL byte or many control bytes early on. */
  static boolean looksBinary(byte[] bytes) {
    if (hasUtf16Bom(bytes)) {
      return false;
    }
    int n = Math.min(bytes.length, SAMPLE);
    int control = 0;
    for (int i = 0; i < n; i++) {
      int b = bytes[i] & 0xff;
      if (b == 0) {
        return true;
      }
      if (b < 0x09 || (b > 0x0d && b < 0x20 && b != 0x1b) || b == 0x7f) {
        control++;
      }
    }
    return n > 0 && control * 20 > n;
  }

  /** True for a gzip stream. */
  static boolean isGzip(byte[] bytes) {
    return bytes.length >= 2 && (bytes[0] & 0xff) == 0x1f && (bytes[1] & 0xff) == 0x8b;
  }

  private static boolean hasUtf16Bom(byte[] b) {
    return b.length >= 2
        && (((b[0] & 0xff) == 0xfe && (b[1] & 0xff) == 0xff)
            || ((b[0] & 0xff) == 0xff && (b[1] & 0xff) == 0xfe));
  }

  /**
   * Decodes text: UTF-16 when a BOM says so, else strict UTF-8 (a UTF-8 BOM is dropped).
   *
   * @throws Unreadable naming the byte offset of the first invalid sequence
   */
  static String decode(byte[] bytes) throws Unreadable {
    return decode(bytes, null);
  }

  /**
   * Decodes text in the charset a server declared (when given and the bytes carry no BOM), else as
   * {@link #decode(byte[])}.
   */
  static String decode(byte[] bytes, @Nullable String declared) throws Unreadable {
    Charset charset = declared == null ? StandardCharsets.UTF_8 : Charset.forName(declared);
    int start = 0;
    if (bytes.length >= 3
        && (bytes[0] & 0xff) == 0xef
        && (bytes[1] & 0xff) == 0xbb
        && (bytes[2] & 0xff) == 0xbf) {
      charset = StandardCharsets.UTF_8;
      start = 3;
    } else if (hasUtf16Bom(bytes)) {
      charset = (bytes[0] & 0xff) == 0xfe ? StandardCharsets.UTF_16BE : StandardCharsets.UTF_16LE;
      start = 2;
    }
    CharsetDecoder decoder =
        charset
            .newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer in = ByteBuffer.wrap(bytes, start, bytes.length - start);
    CharBuffer out = CharBuffer.allocate((int) Math.min(Integer.MAX_VALUE - 8, bytes.length + 16L));
    CoderResult result = decoder.decode(in, out, true);
    if (result.isError()) {
      int offset = in.position();
      throw new Unreadable(
          "not "
              + charset.name()
              + " text: invalid byte 0x"
              + String.format("%02x", bytes[offset] & 0xff)
              + " at offset "
              + offset,
          Excerpts.ofBytes(bytes));
    }
    decoder.flush(out);
    out.flip();
    return out.toString();
  }
}
