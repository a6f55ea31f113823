package org.strikewatch.store.query.internal;

import java.util.List;
import java.util.Locale;
import java.util.StringJoiner;
import org.jspecify.annotations.Nullable;
import org.strikewatch.model.Estimate;
import org.strikewatch.model.Weapon;
import org.strikewatch.store.query.SourceRef;

/** Small formatting helpers shared by the exporters. */
final class Fields {
  private Fields() {}

  static @Nullable String str(@Nullable Object o) {
    return o == null ? null : o.toString();
  }

  static @Nullable String coord(@Nullable Double d) {
    return d == null ? null : String.format(Locale.ROOT, "%.5f", d);
  }

  static @Nullable String low(@Nullable Estimate e) {
    return e == null ? null : str(e.low());
  }

  static @Nullable String best(@Nullable Estimate e) {
    return e == null ? null : str(e.best());
  }

  static @Nullable String high(@Nullable Estimate e) {
    return e == null ? null : str(e.high());
  }

  static String weapons(List<Weapon> weapons) {
    StringJoiner j = new StringJoiner(";");
    weapons.forEach(w -> j.add(w.code()));
    return j.toString();
  }

  static String join(List<String> values) {
    return String.join("; ", values);
  }

  static String sourceNames(List<SourceRef> sources) {
    StringJoiner j = new StringJoiner("; ");
    sources.stream().map(SourceRef::source).distinct().forEach(s -> j.add(s == null ? "?" : s));
    return j.toString();
  }

  static String urls(List<SourceRef> sources) {
    StringJoiner j = new StringJoiner(" ");
    sources.stream().map(SourceRef::url).filter(u -> u != null).distinct().forEach(j::add);
    return j.toString();
  }

  static String reportIds(List<SourceRef> sources) {
    StringJoiner j = new StringJoiner(";");
    sources.forEach(s -> j.add(Long.toString(s.reportId())));
    return j.toString();
  }
}
