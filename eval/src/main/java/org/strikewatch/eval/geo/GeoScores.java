package org.strikewatch.eval.geo;

/**
 * Geoparsing figures on one corpus: recognition P/R/F1 with exact and overlapping spans; resolution
 * given gold spans: how many gold toponyms, how many resolved, share within 161 km (unresolved
 * count as misses), median error in km over the resolved ones.
 */
public record GeoScores(
    String corpus,
    int documents,
    int goldRecognition,
    int predicted,
    double exactP,
    double exactR,
    double exactF1,
    double overlapP,
    double overlapR,
    double overlapF1,
    int goldResolution,
    int resolved,
    double accuracy161,
    double medianErrorKm) {}
