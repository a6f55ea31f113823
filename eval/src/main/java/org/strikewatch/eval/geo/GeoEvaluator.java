package org.strikewatch.eval.geo;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.strikewatch.geo.PlaceMention;
import org.strikewatch.geo.gazetteer.Gazetteer;
import org.strikewatch.geo.parse.GazetteerGeoparser;

/** Scores a geoparser on a corpus. */
public final class GeoEvaluator {
  private GeoEvaluator() {}

  /** Runs recognition and resolution-given-gold-spans over every document. */
  public static GeoScores evaluate(String corpus, List<GeoDocument> docs, GazetteerGeoparser p) {
    return evaluate(corpus, docs, p, new ArrayList<>());
  }

  /**
   * As {@link #evaluate(String, List, GazetteerGeoparser)}, also adding one line per resolution
   * miss (document, span, gold point, what was chosen) to {@code misses}.
   */
  public static GeoScores evaluate(
      String corpus, List<GeoDocument> docs, GazetteerGeoparser p, List<String> misses) {
    int gold = 0;
    int predicted = 0;
    int exactHits = 0;
    int overlapPredHits = 0;
    int overlapGoldHits = 0;
    int goldRes = 0;
    int within = 0;
    List<Double> errors = new ArrayList<>();
    for (GeoDocument d : docs) {
      List<PlaceMention> found = p.parse(d.text(), "en");
      gold += d.recognition().size();
      predicted += found.size();
      for (PlaceMention m : found) {
        boolean exact = false;
        boolean overlap = false;
        for (GoldToponym g : d.recognition()) {
          if (g.start() == m.start() && g.end() == m.end()) {
            exact = true;
          }
          if (g.start() < m.end() && m.start() < g.end()) {
            overlap = true;
          }
        }
        exactHits += exact ? 1 : 0;
        overlapPredHits += overlap ? 1 : 0;
      }
      for (GoldToponym g : d.recognition()) {
        for (PlaceMention m : found) {
          if (g.start() < m.end() && m.start() < g.end()) {
            overlapGoldHits++;
            break;
          }
        }
      }
      List<int[]> spans = new ArrayList<>();
      for (GoldToponym g : d.resolution()) {
        spans.add(new int[] {g.start(), g.end()});
      }
      List<PlaceMention> resolved = p.resolveSpans(d.text(), spans);
      goldRes += d.resolution().size();
      for (GoldToponym g : d.resolution()) {
        PlaceMention hit = null;
        for (PlaceMention m : resolved) {
          if (m.start() == g.start() && m.end() == g.end() && m.place().lat() != null) {
            hit = m;
            break;
          }
        }
        if (hit == null) {
          misses.add(d.id() + "\t" + g.text() + "\t" + g.lat() + "," + g.lon() + "\tUNRESOLVED");
          continue;
        }
        double km = Gazetteer.distanceKm(g.lat(), g.lon(), hit.place().lat(), hit.place().lon());
        errors.add(km);
        if (km <= 161) {
          within++;
        } else {
          misses.add(
              d.id()
                  + "\t"
                  + g.text()
                  + "\t"
                  + g.lat()
                  + ","
                  + g.lon()
                  + "\t"
                  + hit.place().name()
                  + " "
                  + hit.place().country()
                  + " "
                  + hit.place().admin1()
                  + " "
                  + hit.place().gazetteerId()
                  + "\t"
                  + Math.round(km)
                  + " km");
        }
      }
    }
    double exactP = ratio(exactHits, predicted);
    double exactR = ratio(exactHits, gold);
    double overP = ratio(overlapPredHits, predicted);
    double overR = ratio(overlapGoldHits, gold);
    double[] e = errors.stream().mapToDouble(Double::doubleValue).toArray();
    Arrays.sort(e);
    double median = e.length == 0 ? Double.NaN : e[e.length / 2];
    return new GeoScores(
        corpus,
        docs.size(),
        gold,
        predicted,
        exactP,
        exactR,
        f1(exactP, exactR),
        overP,
        overR,
        f1(overP, overR),
        goldRes,
        errors.size(),
        ratio(within, goldRes),
        median);
  }

  private static double ratio(int a, int b) {
    return b == 0 ? 0 : (double) a / b;
  }

  private static double f1(double p, double r) {
    return p + r == 0 ? 0 : 2 * p * r / (p + r);
  }
}
