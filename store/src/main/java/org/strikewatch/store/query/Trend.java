package org.strikewatch.store.query;

import org.jspecify.annotations.Nullable;

/**
 * Incident rates in two periods and their ratio A/B with a 95% confidence interval. The interval is
 * exact: conditional on the total {@code countA + countB}, {@code countA} is binomial with {@code p
 * = daysA·R / (daysA·R + daysB)}; a Clopper–Pearson interval for {@code p} is turned into one for
 * the rate ratio {@code R}. {@code ratio} is absent when B has no incidents; {@code ciHigh} is
 * absent (unbounded) when B has none.
 */
public record Trend(
    IncidentFilter filter,
    Period periodA,
    Period periodB,
    long countA,
    long countB,
    double ratePerDayA,
    double ratePerDayB,
    @Nullable Double ratio,
    double ciLow,
    @Nullable Double ciHigh,
    String method,
    String sentence) {}
