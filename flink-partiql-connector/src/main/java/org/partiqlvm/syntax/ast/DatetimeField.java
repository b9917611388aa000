package org.partiqlvm.syntax.ast;

/**
 * A field of a date, time, timestamp or interval, as named in EXTRACT, DATE_ADD and interval
 * qualifiers.
 */
public enum DatetimeField {
    YEAR,
    MONTH,
    DAY,
    HOUR,
    MINUTE,
    SECOND,
    TIMEZONE_HOUR,
    TIMEZONE_MINUTE
}
