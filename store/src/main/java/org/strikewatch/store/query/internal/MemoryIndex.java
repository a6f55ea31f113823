package org.strikewatch.store.query.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReferenceArray;
import org.jspecify.annotations.Nullable;
import org.strikewatch.model.Weapon;
import org.strikewatch.store.query.BoundingBox;
import org.strikewatch.store.query.Circle;
import org.strikewatch.store.query.IncidentFilter;
import org.strikewatch.store.query.IncidentSort;
import org.strikewatch.store.query.StatsRequest;

/**
 * A read-only, column-wise copy of the filterable incident columns of one version of a SQLite
 * database, for answering box listings, counts and stats without SQL. Rows are held in "cell
 * order": by grid cell, then newest first (unknown dates last), ties by id descending, so the
 * newest incidents of a cell are a prefix of its range.
 *
 * <p>It answers exactly what the SQL of {@link SqlWhere} answers, for every filter except {@code
 * source} and {@code text} (those need the reports) — see {@link #supports}. Unknown values are
 * held as internal markers ({@link #NO_DAY}, {@link #NO_NUMBER}, NaN coordinates, dictionary code
 * 0) that never leave this class.
 */
final class MemoryIndex {

  /** Marker of an unknown first day in {@link #day}. */
  static final int NO_DAY = Integer.MIN_VALUE;

  /** Marker of an unknown number in {@link #minKilledValue}. */
  static final int NO_NUMBER = Integer.MIN_VALUE;

  /** The index's own grid: 1/8 degree (finer than the store's cells, so a box reads few rows). */
  private static final int PER_DEGREE = 8;

  private static final int FINE_COLUMNS = 360 * PER_DEGREE;
  private static final long NO_CELL_RANK = (1L << 22) - 1;
  private static final Weapon[] WEAPONS = Weapon.values();

  /** The SQLite {@code data_version} this copy was read at (or before). */
  final long version;

  private final int size;
  private final long[] id;
  private final int[] day;
  private final double[] lat;
  private final double[] lon;
  private final short[] country;
  private final short[] admin1;
  private final short[] launchedBy;
  private final byte[] own;
  private final int[] weapons;
  private final int[] minKilledValue;
  private final int[] sums;
  private final String[] dictionary;
  private final Map<String, Short> codes;
  private final Map<Integer, int[]> cells;
  private final int firstDay;
  private final int daySpan;

  /** Rendered listing items by row, for this version only. */
  private final AtomicReferenceArray<byte[]> rendered;

  private final AtomicInteger renderedCount = new AtomicInteger();

  private final int renderedCapacity;

  private MemoryIndex(Builder b, long version, int renderedCapacity) {
    this.version = version;
    this.renderedCapacity = renderedCapacity;
    int n = b.size;
    // cell order: cell ascending (no cell last), day descending (unknown last), id descending.
    long[] keys = new long[n];
    for (int k = 0; k < n; k++) {
      long cellRank = b.cell[k] < 0 ? NO_CELL_RANK : b.cell[k];
      long dayRank =
          b.day[k] == NO_DAY ? (1L << 17) - 1 : (1L << 16) - (b.day[k] - DAY_BASE + DAY_SPAN);
      // rows arrive in ascending id order; (n - 1 - k) puts higher ids first among ties.
      keys[k] = (cellRank << 41) | (dayRank << 24) | (n - 1 - k);
      // 22 + 17 + 24 bits: the key stays positive
    }
    Arrays.sort(keys);
    this.size = n;
    this.id = new long[n];
    this.day = new int[n];
    this.lat = new double[n];
    this.lon = new double[n];
    this.country = new short[n];
    this.admin1 = new short[n];
    this.launchedBy = new short[n];
    this.own = new byte[n];
    this.weapons = new int[n];
    this.minKilledValue = new int[n];
    this.sums = new int[n * 6];
    this.cells = new HashMap<>();
    this.rendered = new AtomicReferenceArray<>(renderedCapacity > 0 ? n : 0);
    long currentCell = Long.MIN_VALUE;
    int[] range = null;
    for (int r = 0; r < n; r++) {
      int k = n - 1 - (int) (keys[r] & ((1L << 24) - 1));
      id[r] = b.id[k];
      day[r] = b.day[k];
      lat[r] = b.lat[k];
      lon[r] = b.lon[k];
      country[r] = b.country[k];
      admin1[r] = b.admin1[k];
      launchedBy[r] = b.launchedBy[k];
      own[r] = b.own[k];
      weapons[r] = b.weapons[k];
      minKilledValue[r] = b.minKilled[k];
      System.arraycopy(b.sums, k * 6, sums, r * 6, 6);
      long cell = b.cell[k];
      if (cell != currentCell) {
        if (range != null) {
          range[2] = r;
          if (range[1] < 0) {
            range[1] = r;
          }
        }
        currentCell = cell;
        range = cell < 0 ? null : new int[] {r, -1, -1};
        if (range != null) {
          cells.put((int) cell, range);
        }
      }
      if (range != null && range[1] < 0 && day[r] == NO_DAY) {
        range[1] = r;
      }
    }
    if (range != null) {
      range[2] = n;
      if (range[1] < 0) {
        range[1] = n;
      }
    }
    this.dictionary = b.dictionary.toArray(new String[0]);
    this.codes = b.codes;
    int lo = Integer.MAX_VALUE;
    int hi = Integer.MIN_VALUE;
    for (int r = 0; r < n; r++) {
      if (day[r] != NO_DAY) {
        lo = Math.min(lo, day[r]);
        hi = Math.max(hi, day[r]);
      }
    }
    this.firstDay = lo == Integer.MAX_VALUE ? 0 : lo;
    this.daySpan = lo == Integer.MAX_VALUE ? 0 : hi - lo + 1;
  }

  /** Days are held relative to this day (2000-01-01) in 16 bits each way: 1910 to 2089. */
  private static final int DAY_BASE = (int) LocalDate.of(2000, 1, 1).toEpochDay();

  private static final int DAY_SPAN = 1 << 15;

  /** How many incidents this copy holds. */
  int size() {
    return size;
  }

  /**
   * Reads every incident through {@code c} (a SQLite connection), or returns empty when some value
   * is outside what this index can hold exactly (a date that is not canonical ISO or outside
   * 1910-2089, or more than 2^24 incidents): such databases are answered by SQL.
   */
  static Optional<MemoryIndex> build(Connection c, long version, int renderedCapacity)
      throws SQLException {
    Builder b = new Builder();
    try (PreparedStatement ps =
        c.prepareStatement(
            "SELECT id, NULL, date_start, lat, lon, country, admin1, launched_by, own_territory,"
                + " weapons, killed_best, killed_low, injured_best, injured_low, evacuated_best,"
                + " evacuated_low FROM incidents ORDER BY id")) {
      ps.setFetchSize(10_000);
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          if (!b.add(rs)) {
            return Optional.empty();
          }
        }
      } catch (OutOfRange e) {
        return Optional.empty();
      }
    }
    return Optional.of(new MemoryIndex(b, version, renderedCapacity));
  }

  private static int fineRow(double lat) {
    return (int) Math.floor((lat + 90) * PER_DEGREE);
  }

  private static int fineColumn(double lon) {
    return (int) Math.floor((lon + 180) * PER_DEGREE);
  }

  /** The index grid cell of a point (multiplying by a power of two keeps the order exact). */
  static int fineCell(double lat, double lon) {
    return fineRow(lat) * (FINE_COLUMNS + 1) + fineColumn(lon);
  }

  // ---- filters --------------------------------------------------------------------------

  /** True when this index can answer {@code filter} exactly (no report-side conditions). */
  static boolean supports(IncidentFilter filter) {
    return filter.source() == null && filter.text() == null;
  }

  /** A filter compiled against this index's dictionary. */
  private final class Compiled {
    final int fromDay;
    final int toDay;
    final short countryCode;
    final short admin1Code;
    final short launchedCode;
    final boolean impossible;
    final @Nullable BoundingBox box;
    final @Nullable Circle near;
    final double nearCos;
    final double nearR2;
    final int weaponMask;
    final int ownValue;
    final @Nullable Integer minKilled;
    final boolean needsDay;

    Compiled(IncidentFilter f) {
      boolean never = false;
      fromDay = f.from() == null ? Integer.MIN_VALUE : (int) f.from().toEpochDay();
      toDay = f.to() == null ? Integer.MAX_VALUE : (int) f.to().toEpochDay();
      needsDay = f.from() != null || f.to() != null;
      short cc = code(f.country());
      short ac = code(f.admin1());
      short lc = code(f.launchedBy());
      never |= cc < 0 || ac < 0 || lc < 0;
      countryCode = cc;
      admin1Code = ac;
      launchedCode = lc;
      box = f.bbox();
      near = f.near();
      if (near != null) {
        nearCos = Math.cos(Math.toRadians(near.lat()));
        double r = near.radiusKm() / SqlWhere.KM_PER_DEGREE;
        nearR2 = r * r;
      } else {
        nearCos = 0;
        nearR2 = 0;
      }
      int mask = 0;
      for (Weapon w : f.weapons()) {
        mask |= 1 << w.ordinal();
      }
      weaponMask = mask;
      ownValue = f.ownTerritory() == null ? -1 : f.ownTerritory() ? 1 : 0;
      minKilled = f.minKilled();
      impossible = never;
    }

    /** The code of an equality condition: 0 when absent, -1 when no incident has the value. */
    private short code(@Nullable String value) {
      if (value == null) {
        return 0;
      }
      Short c = codes.get(value);
      return c == null ? -1 : c;
    }

    boolean matches(int r) {
      if (needsDay) {
        int d = day[r];
        if (d == NO_DAY || d < fromDay || d > toDay) {
          return false;
        }
      }
      if (countryCode != 0 && country[r] != countryCode) {
        return false;
      }
      if (admin1Code != 0 && admin1[r] != admin1Code) {
        return false;
      }
      if (launchedCode != 0 && launchedBy[r] != launchedCode) {
        return false;
      }
      if (ownValue >= 0 && own[r] != ownValue) {
        return false;
      }
      if (weaponMask != 0 && (weapons[r] & weaponMask) == 0) {
        return false;
      }
      if (minKilled != null) {
        int k = minKilledValue[r];
        if (k == NO_NUMBER || k < minKilled) {
          return false;
        }
      }
      BoundingBox b = box;
      if (b != null && !inBox(r, b)) {
        return false;
      }
      Circle c = near;
      if (c != null) {
        if (!inBox(r, c.bounds())) {
          return false;
        }
        // The same arithmetic, in the same order, as the SQL of SqlWhere.
        double la = lat[r];
        double lo = lon[r];
        double v =
            ((la - c.lat()) * (la - c.lat()) + (lo - c.lon()) * nearCos * (lo - c.lon()) * nearCos);
        if (!(v <= nearR2)) {
          return false;
        }
      }
      return true;
    }

    private boolean inBox(int r, BoundingBox b) {
      double la = lat[r];
      double lo = lon[r];
      // NaN (unknown) fails every comparison, as NULL fails BETWEEN.
      return la >= b.south() && la <= b.north() && lo >= b.west() && lo <= b.east();
    }
  }

  // ---- listings -------------------------------------------------------------------------

  /** One page of ids in sort order, and the sort value and id of the row after which it ends. */
  record IdPage(List<Long> ids, int[] rows, @Nullable String lastDate, long lastId, boolean more) {}

  /**
   * The first {@code limit} matching incidents (by date, in {@code sort}'s direction) of {@code
   * cells} after the cursor position ({@code afterDate}/{@code afterId}, when {@code hasAfter}).
   */
  IdPage findInCells(
      IncidentFilter filter,
      IncidentSort sort,
      int limit,
      BoundingBox area,
      boolean hasAfter,
      @Nullable String afterDate,
      long afterId) {
    Compiled f = new Compiled(filter);
    boolean desc = sort.descending();
    int afterDay = hasAfter && afterDate != null ? cursorDay(afterDate) : NO_DAY;
    // One stream per cell, each already in listing order; merged head by head, so only rows down
    // to the last one of the page are looked at, however little of a cell the box covers.
    List<int[]> streams = new ArrayList<>();
    if (!f.impossible) {
      int row0 = fineRow(area.south());
      int row1 = fineRow(area.north());
      int col0 = fineColumn(area.west());
      int col1 = fineColumn(area.east());
      for (int cell = 0, r = row0; r <= row1; r++) {
        for (int c = col0; c <= col1; c++) {
          cell = r * (FINE_COLUMNS + 1) + c;
          int[] range = cells.get(cell);
          if (range == null) {
            continue;
          }
          // {range start, first undated, range end, position, length}
          int length = range[2] - range[0];
          int lo = 0;
          if (hasAfter) {
            int hi = length;
            while (lo < hi) {
              int mid = (lo + hi) >>> 1;
              if (afterCursor(rowAt(range, mid, desc), desc, true, afterDate, afterDay, afterId)) {
                hi = mid;
              } else {
                lo = mid + 1;
              }
            }
          }
          if (lo < length) {
            streams.add(new int[] {range[0], range[1], range[2], lo, length});
          }
        }
      }
    }
    int[] picked = new int[limit + 1];
    int n = 0;
    while (n <= limit && !streams.isEmpty()) {
      int best = 0;
      int bestRow = rowAt(streams.get(0), streams.get(0)[3], desc);
      for (int c = 1; c < streams.size(); c++) {
        int row = rowAt(streams.get(c), streams.get(c)[3], desc);
        if (compare(row, bestRow, desc) < 0) {
          best = c;
          bestRow = row;
        }
      }
      int[] st = streams.get(best);
      if (++st[3] == st[4]) {
        streams.remove(best);
      }
      if (f.matches(bestRow)) {
        picked[n++] = bestRow;
      }
    }
    boolean more = n > limit;
    int pageSize = Math.min(limit, n);
    List<Long> ids = new ArrayList<>(pageSize);
    for (int i = 0; i < pageSize; i++) {
      ids.add(id[picked[i]]);
    }
    int[] rows = Arrays.copyOf(picked, pageSize);
    String lastDate = null;
    long lastId = 0;
    if (pageSize > 0) {
      int last = picked[pageSize - 1];
      lastDate = day[last] == NO_DAY ? null : LocalDate.ofEpochDay(day[last]).toString();
      lastId = id[last];
    }
    return new IdPage(ids, rows, lastDate, lastId, more);
  }

  /**
   * The row at position {@code i} of a cell's range in listing order: newest first is the range as
   * held; oldest first is the dated rows backwards, then the undated rows backwards.
   */
  private static int rowAt(int[] range, int i, boolean desc) {
    if (desc) {
      return range[0] + i;
    }
    int dated = range[1] - range[0];
    return i < dated ? range[1] - 1 - i : range[2] - 1 - (i - dated);
  }

  private static int cursorDay(String date) {
    return (int) LocalDate.parse(date).toEpochDay();
  }

  /**
   * True when a cursor's date value compares as a day (canonical ISO): only then does {@link
   * #findInCells} answer as the SQL text comparison would.
   */
  static boolean canonicalDate(String value) {
    try {
      return LocalDate.parse(value).toString().equals(value);
    } catch (DateTimeException e) {
      return false;
    }
  }

  /** Listing order: by day (unknown last in both directions), then by id, in one direction. */
  private int compare(int x, int y, boolean desc) {
    int dx = day[x];
    int dy = day[y];
    if (dx != dy) {
      if (dx == NO_DAY) {
        return 1;
      }
      if (dy == NO_DAY) {
        return -1;
      }
      return desc ? Integer.compare(dy, dx) : Integer.compare(dx, dy);
    }
    return desc ? Long.compare(id[y], id[x]) : Long.compare(id[x], id[y]);
  }

  /** The condition of JdbcIncidentQueries.Cursor for date sorts, on row {@code r}. */
  private boolean afterCursor(
      int r, boolean desc, boolean hasAfter, @Nullable String afterDate, int afterDay, long aid) {
    if (!hasAfter) {
      return true;
    }
    int d = day[r];
    long i = id[r];
    if (afterDate == null) {
      return d == NO_DAY && (desc ? i < aid : i > aid);
    }
    if (d == NO_DAY) {
      return true;
    }
    if (d != afterDay) {
      return desc ? d < afterDay : d > afterDay;
    }
    return desc ? i < aid : i > aid;
  }

  // ---- counts and stats -----------------------------------------------------------------

  /** How many incidents match. */
  long count(IncidentFilter filter) {
    Compiled f = new Compiled(filter);
    if (f.impossible) {
      return 0;
    }
    long n = 0;
    for (int r = 0; r < size; r++) {
      if (f.matches(r)) {
        n++;
      }
    }
    return n;
  }

  /**
   * Adds the per-day sums of matching dated incidents (by group) to {@code out}, as the SQL of
   * {@code JdbcIncidentQueries.stats} groups them.
   */
  void stats(IncidentFilter filter, StatsRequest.@Nullable Group group, StatsRollup out) {
    Compiled f = new Compiled(filter);
    if (f.impossible) {
      return;
    }
    // per (group code, day): 7 sums, days relative to the earliest day held
    long[][] byCode = new long[dictionary.length + WEAPONS.length + 3][];
    for (int r = 0; r < size; r++) {
      int d = day[r];
      if (d == NO_DAY || !f.matches(r)) {
        continue;
      }
      int slot = d - firstDay;
      if (group == null) {
        add(byCode, 0, slot, r);
        continue;
      }
      switch (group) {
        case ADMIN1:
          add(byCode, admin1[r], slot, r);
          break;
        case LAUNCHED_BY:
          add(byCode, launchedBy[r], slot, r);
          break;
        case OWN_TERRITORY:
          add(byCode, own[r] == 0 || own[r] == 1 ? dictionary.length + own[r] : 0, slot, r);
          break;
        case WEAPON:
          int mask = weapons[r];
          if (mask == 0) {
            add(byCode, 0, slot, r);
          } else {
            for (int w = 0; w < WEAPONS.length; w++) {
              if ((mask & (1 << w)) != 0) {
                add(byCode, dictionary.length + 2 + w, slot, r);
              }
            }
          }
          break;
        default:
          throw new IllegalStateException("unhandled group " + group);
      }
    }
    for (int code = 0; code < byCode.length; code++) {
      long[] acc = byCode[code];
      if (acc == null) {
        continue;
      }
      String key = groupKey(code);
      long[] sumsOfDay = new long[7];
      for (int slot = 0; slot < daySpan; slot++) {
        if (acc[slot * 7] == 0) {
          continue;
        }
        System.arraycopy(acc, slot * 7, sumsOfDay, 0, 7);
        out.add(LocalDate.ofEpochDay((long) firstDay + slot), key, sumsOfDay);
      }
    }
  }

  private @Nullable String groupKey(int code) {
    if (code == 0) {
      return null;
    }
    if (code < dictionary.length) {
      return dictionary[code];
    }
    if (code == dictionary.length) {
      return "false";
    }
    if (code == dictionary.length + 1) {
      return "true";
    }
    return WEAPONS[code - dictionary.length - 2].code();
  }

  private void add(long[][] byCode, int code, int slot, int r) {
    long[] acc = byCode[code];
    if (acc == null) {
      acc = new long[daySpan * 7];
      byCode[code] = acc;
    }
    int o = slot * 7;
    int s = r * 6;
    acc[o]++;
    acc[o + 1] += sums[s];
    acc[o + 2] += sums[s + 1];
    acc[o + 3] += sums[s + 2];
    acc[o + 4] += sums[s + 3];
    acc[o + 5] += sums[s + 4];
    acc[o + 6] += sums[s + 5];
  }

  // ---- rendered rows --------------------------------------------------------------------

  /** The rendered listing item of row {@code row} (from an {@link IdPage}), if kept. */
  byte @Nullable [] rendered(int row) {
    return renderedCapacity > 0 ? rendered.get(row) : null;
  }

  /** Keeps a rendered listing item (up to the capacity; all are dropped when full). */
  void keepRendered(int row, byte[] item) {
    if (renderedCapacity <= 0) {
      return;
    }
    if (renderedCount.get() >= renderedCapacity) {
      synchronized (rendered) {
        if (renderedCount.get() >= renderedCapacity) {
          for (int r = 0; r < size; r++) {
            rendered.set(r, null);
          }
          renderedCount.set(0);
        }
      }
    }
    if (rendered.getAndSet(row, item) == null) {
      renderedCount.incrementAndGet();
    }
  }

  // ---- loading --------------------------------------------------------------------------

  /** Growable columns in id order while reading. */
  private static final class Builder {
    int size;
    long[] id = new long[1024];
    long[] cell = new long[1024];
    int[] day = new int[1024];
    double[] lat = new double[1024];
    double[] lon = new double[1024];
    short[] country = new short[1024];
    short[] admin1 = new short[1024];
    short[] launchedBy = new short[1024];
    byte[] own = new byte[1024];
    int[] weapons = new int[1024];
    int[] minKilled = new int[1024];
    int[] sums = new int[1024 * 6];
    final List<String> dictionary = new ArrayList<>(List.of(""));
    final Map<String, Short> codes = new HashMap<>();
    final Map<String, Integer> days = new HashMap<>();
    final Map<String, Integer> weaponMasks = new HashMap<>();

    boolean add(ResultSet rs) throws SQLException {
      if (size == id.length) {
        if (size >= (1 << 24) - 1) {
          return false;
        }
        grow(size * 2);
      }
      int k = size;
      id[k] = rs.getLong(1);
      String d = rs.getString(3);
      if (d == null) {
        day[k] = NO_DAY;
      } else {
        Integer v = days.get(d);
        if (v == null) {
          v = parseDay(d);
          if (v == null) {
            return false;
          }
          days.put(d, v);
        }
        day[k] = v;
      }
      lat[k] = number(rs, 4);
      lon[k] = number(rs, 5);
      if (Double.isNaN(lat[k]) || Double.isNaN(lon[k])) {
        cell[k] = -1;
      } else if (lat[k] < -90 || lat[k] > 90 || lon[k] < -180 || lon[k] > 180) {
        return false;
      } else {
        cell[k] = fineCell(lat[k], lon[k]);
      }
      Short cc = code(rs.getString(6));
      Short ac = code(rs.getString(7));
      Short lc = code(rs.getString(8));
      if (cc == null || ac == null || lc == null) {
        return false;
      }
      country[k] = cc;
      admin1[k] = ac;
      launchedBy[k] = lc;
      int o = rs.getInt(9);
      own[k] = rs.wasNull() ? -1 : o == 1 ? (byte) 1 : o == 0 ? (byte) 0 : (byte) 2;
      String w = rs.getString(10);
      Integer mask = weaponMasks.get(w);
      if (mask == null) {
        mask = weaponMask(w);
        weaponMasks.put(w, mask);
      }
      weapons[k] = mask;
      Integer kb = integer(rs, 11);
      Integer kl = integer(rs, 12);
      Integer ib = integer(rs, 13);
      Integer il = integer(rs, 14);
      Integer eb = integer(rs, 15);
      Integer el = integer(rs, 16);
      minKilled[k] = kb != null ? kb : kl != null ? kl : NO_NUMBER;
      int s = k * 6;
      sums[s] = coalesce(kb, kl);
      sums[s + 1] = coalesce(kl, kb);
      sums[s + 2] = coalesce(ib, il);
      sums[s + 3] = coalesce(il, ib);
      sums[s + 4] = coalesce(eb, el);
      sums[s + 5] = coalesce(el, eb);
      size++;
      return true;
    }

    private static int coalesce(@Nullable Integer a, @Nullable Integer b) {
      return a != null ? a : b != null ? b : 0;
    }

    private static @Nullable Integer integer(ResultSet rs, int col) throws SQLException {
      long v = rs.getLong(col);
      if (rs.wasNull()) {
        return null;
      }
      if (v > Integer.MAX_VALUE || v < Integer.MIN_VALUE + 1) {
        throw new OutOfRange();
      }
      return (int) v;
    }

    private static double number(ResultSet rs, int col) throws SQLException {
      double v = rs.getDouble(col);
      return rs.wasNull() ? Double.NaN : v;
    }

    /** The dictionary code of a value (0 for null), or null when the dictionary is full. */
    private @Nullable Short code(@Nullable String value) {
      if (value == null) {
        return 0;
      }
      Short c = codes.get(value);
      if (c == null) {
        if (dictionary.size() >= Short.MAX_VALUE - 64) {
          return null;
        }
        c = (short) dictionary.size();
        dictionary.add(value);
        codes.put(value, c);
      }
      return c;
    }

    private static @Nullable Integer parseDay(String text) {
      try {
        LocalDate d = LocalDate.parse(text);
        if (!d.toString().equals(text)) {
          return null;
        }
        int v = (int) d.toEpochDay();
        if (v - DAY_BASE <= -DAY_SPAN || v - DAY_BASE >= DAY_SPAN - 1) {
          return null;
        }
        return v;
      } catch (DateTimeException e) {
        return null;
      }
    }

    /** The weapons a ',code,code,' column holds, as LIKE '%,code,%' would find them. */
    private static int weaponMask(@Nullable String column) {
      if (column == null) {
        return 0;
      }
      String lower = column.toLowerCase(Locale.ROOT);
      int mask = 0;
      for (Weapon w : WEAPONS) {
        if (lower.contains("," + w.code() + ",")) {
          mask |= 1 << w.ordinal();
        }
      }
      return mask;
    }

    private void grow(int capacity) {
      id = Arrays.copyOf(id, capacity);
      cell = Arrays.copyOf(cell, capacity);
      day = Arrays.copyOf(day, capacity);
      lat = Arrays.copyOf(lat, capacity);
      lon = Arrays.copyOf(lon, capacity);
      country = Arrays.copyOf(country, capacity);
      admin1 = Arrays.copyOf(admin1, capacity);
      launchedBy = Arrays.copyOf(launchedBy, capacity);
      own = Arrays.copyOf(own, capacity);
      weapons = Arrays.copyOf(weapons, capacity);
      minKilled = Arrays.copyOf(minKilled, capacity);
      sums = Arrays.copyOf(sums, capacity * 6);
    }
  }

  /** A value this index cannot hold exactly; the database is then answered by SQL. */
  static final class OutOfRange extends RuntimeException {
    private static final long serialVersionUID = 1L;

    OutOfRange() {
      super("value outside what the in-memory index holds", null, false, false);
    }
  }
}
