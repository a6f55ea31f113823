package org.strikewatch.store.query;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * One cell of an aggregate: the bucket's first day, the group value ({@code null} when not grouped
 * or when the value is unknown), the number of incidents and casualty sums. {@code *Best} sums the
 * best figures; {@code *Low} sums the floors (a missing floor counts as its best figure, a missing
 * figure as zero).
 */
public record StatsRow(
    LocalDate bucket,
    @Nullable String group,
    long incidents,
    long killedBest,
    long killedLow,
    long injuredBest,
    long injuredLow,
    long evacuatedBest,
    long evacuatedLow) {}
