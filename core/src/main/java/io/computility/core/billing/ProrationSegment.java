package io.computility.core.billing;

import java.time.LocalDate;

/**
 * The part of a subscription inside one calendar period: {@code [start, end)} within {@code
 * [periodStart, periodEnd)}. A whole period costs the period price ({@code quantity} 1); a partial
 * one costs {@code quantity × unitPrice}, where quantity is days × the rule's daily share (unit
 * price = period price) or the number of days (unit price = the fixed daily price).
 */
public record ProrationSegment(
    LocalDate start,
    LocalDate end,
    LocalDate periodStart,
    LocalDate periodEnd,
    long days,
    boolean whole,
    Money unitPrice,
    Ratio quantity,
    Money amount) {}
