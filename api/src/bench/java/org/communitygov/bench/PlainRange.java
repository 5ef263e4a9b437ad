package org.communitygov.bench;

import java.time.LocalDate;

/**
 * The baseline of the date-range benchmarks: the same two dates as a {@code DateRange}, as a plain
 * record with no validation, no {@code Optional} and no factory method.
 *
 * @param start the first day
 * @param endExclusive the first day after the range
 */
public record PlainRange(LocalDate start, LocalDate endExclusive) {}
