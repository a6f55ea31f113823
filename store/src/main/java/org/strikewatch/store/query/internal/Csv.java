package org.strikewatch.store.query.internal;

import java.io.IOException;
import java.io.Writer;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** RFC 4180 CSV rows: fields quoted when they hold a comma, quote or line break; CRLF endings. */
final class Csv {
  private Csv() {}

  static void row(Writer out, List<@Nullable String> fields) throws IOException {
    for (int i = 0; i < fields.size(); i++) {
      if (i > 0) {
        out.write(',');
      }
      String f = fields.get(i);
      if (f != null) {
        out.write(quote(f));
      }
    }
    out.write("\r\n");
  }

  static String quote(String f) {
    boolean needs = false;
    for (int i = 0; i < f.length(); i++) {
      char c = f.charAt(i);
      if (c == ',' || c == '"' || c == '\n' || c == '\r') {
        needs = true;
        break;
      }
    }
    return needs ? '"' + f.replace("\"", "\"\"") + '"' : f;
  }
}
