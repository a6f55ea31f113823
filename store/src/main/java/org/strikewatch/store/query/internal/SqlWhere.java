package org.strikewatch.store.query.internal;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.strikewatch.model.Weapon;
import org.strikewatch.store.query.BoundingBox;
import org.strikewatch.store.query.Circle;
import org.strikewatch.store.query.IncidentFilter;

/**
 * A WHERE clause over {@code incidents i} with its parameters, built from an {@link
 * IncidentFilter}. Values always travel as parameters, never spliced into the SQL.
 */
final class SqlWhere {

  static final double KM_PER_DEGREE = 111.195;

  private final List<String> terms = new ArrayList<>();
  private final List<Object> params = new ArrayList<>();

  static SqlWhere of(IncidentFilter f, boolean postgres) {
    SqlWhere w = new SqlWhere();
    if (f.from() != null) {
      w.add("i.date_start >= ?", f.from().toString());
    }
    if (f.to() != null) {
      w.add("i.date_start <= ?", f.to().toString());
    }
    if (f.country() != null) {
      w.add("i.country = ?", f.country());
    }
    if (f.admin1() != null) {
      w.add("i.admin1 = ?", f.admin1());
    }
    BoundingBox box = f.bbox();
    if (box != null) {
      w.terms.add("i.lat BETWEEN ? AND ? AND i.lon BETWEEN ? AND ?");
      w.params.add(box.south());
      w.params.add(box.north());
      w.params.add(box.west());
      w.params.add(box.east());
    }
    Circle near = f.near();
    if (near != null) {
      BoundingBox b = near.bounds();
      w.terms.add("i.lat BETWEEN ? AND ? AND i.lon BETWEEN ? AND ?");
      w.params.add(b.south());
      w.params.add(b.north());
      w.params.add(b.west());
      w.params.add(b.east());
      // Equirectangular distance: exact enough (under 1%) for radii up to several hundred km.
      double cos = Math.cos(Math.toRadians(near.lat()));
      double r = near.radiusKm() / KM_PER_DEGREE;
      w.terms.add("((i.lat - ?) * (i.lat - ?) + (i.lon - ?) * ? * (i.lon - ?) * ?) <= ?");
      w.params.add(near.lat());
      w.params.add(near.lat());
      w.params.add(near.lon());
      w.params.add(cos);
      w.params.add(near.lon());
      w.params.add(cos);
      w.params.add(r * r);
    }
    if (!f.weapons().isEmpty()) {
      List<String> ors = new ArrayList<>();
      for (Weapon weapon : f.weapons()) {
        ors.add("i.weapons LIKE ?");
        w.params.add("%," + weapon.code() + ",%");
      }
      w.terms.add("(" + String.join(" OR ", ors) + ")");
    }
    if (f.launchedBy() != null) {
      w.add("i.launched_by = ?", f.launchedBy());
    }
    if (f.ownTerritory() != null) {
      w.add("i.own_territory = ?", f.ownTerritory() ? 1 : 0);
    }
    if (f.minKilled() != null) {
      w.add("COALESCE(i.killed_best, i.killed_low) >= ?", f.minKilled());
    }
    if (f.source() != null) {
      w.add(
          "EXISTS (SELECT 1 FROM mentions sm JOIN reports sr ON sr.id = sm.report_id"
              + " WHERE sm.incident_id = i.id AND lower(sr.source) = ?)",
          f.source().toLowerCase(Locale.ROOT));
    }
    if (f.text() != null) {
      String like = postgres ? "ILIKE" : "LIKE";
      String pattern = "%" + escapeLike(f.text()) + "%";
      w.terms.add(
          "(i.json "
              + like
              + " ? ESCAPE '\\' OR EXISTS (SELECT 1 FROM mentions tm JOIN reports tr ON tr.id ="
              + " tm.report_id WHERE tm.incident_id = i.id AND (tr.text "
              + like
              + " ? ESCAPE '\\' OR tr.source "
              + like
              + " ? ESCAPE '\\')))");
      w.params.add(pattern);
      w.params.add(pattern);
      w.params.add(pattern);
    }
    return w;
  }

  static String escapeLike(String s) {
    return s.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
  }

  void term(String term) {
    terms.add(term);
  }

  void add(String term, Object param) {
    terms.add(term);
    params.add(param);
  }

  /** {@code " WHERE a AND b"} or the empty string. */
  String sql() {
    return terms.isEmpty() ? "" : " WHERE " + String.join(" AND ", terms);
  }

  /** Binds the parameters from index {@code first}; returns the next free index. */
  int bind(PreparedStatement ps, int first) throws SQLException {
    int i = first;
    for (Object p : params) {
      ps.setObject(i++, p);
    }
    return i;
  }
}
