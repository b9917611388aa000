package org.partiqlvm.value.ion;

/**
 * The Ion annotations by which the PartiQL conformance suite (and partiql-lang-kotlin) encode
 * PartiQL values that Ion lacks. The reader looks at the <em>last</em> annotation of a value only;
 * other annotations are ignored (values carry no annotations).
 *
 * <ul>
 *   <li>{@code $missing::null} — MISSING;
 *   <li>{@code $bag::[...]} — BAG;
 *   <li>{@code $date::{year, month, day}} (also {@code $date::2021-08-22}) — DATE;
 *   <li>{@code $time::{hour, minute, second, offset}} (offset in minutes or null; also the older
 *       {@code timezone_hour}/{@code timezone_minute} fields and {@code $time::"04:05:06"}) — TIME;
 *   <li>{@code $timestamp::{year, month, day, hour, minute, second, offset}} — TIMESTAMP;
 *   <li>{@code $interval_ym::{sign, years, months}} — INTERVAL YEAR TO MONTH (fields optional, sign
 *       {@code "+"} or {@code "-"});
 *   <li>{@code $interval_dt::{sign, days, hours, minutes, seconds, nanos}} — INTERVAL DAY TO
 *       SECOND;
 *   <li>{@code $ion::v} — the Ion value {@code v} with its exact Ion type (the suite marks values
 *       that come from Ion literals: symbols, sexps, typed nulls, nan);
 *   <li>{@code $graph::{...}} — a PartiQL graph: not supported.
 * </ul>
 *
 * A null with a PartiQL annotation ({@code $bag::null}, {@code $date::null}) is a NULL of that
 * kind.
 */
public final class IonAnnotations {

    /** MISSING: {@code $missing::null}. */
    public static final String MISSING = "$missing";

    /** BAG: {@code $bag::[...]}. */
    public static final String BAG = "$bag";

    /** DATE: {@code $date::{year, month, day}}. */
    public static final String DATE = "$date";

    /** TIME: {@code $time::{hour, minute, second, offset}}. */
    public static final String TIME = "$time";

    /** TIMESTAMP: {@code $timestamp::{year, month, day, hour, minute, second, offset}}. */
    public static final String TIMESTAMP = "$timestamp";

    /** INTERVAL YEAR TO MONTH: {@code $interval_ym::{sign, years, months}}. */
    public static final String INTERVAL_YM = "$interval_ym";

    /**
     * INTERVAL DAY TO SECOND: {@code $interval_dt::{sign, days, hours, minutes, seconds, nanos}}.
     */
    public static final String INTERVAL_DT = "$interval_dt";

    /** An Ion value with its exact Ion type: {@code $ion::...}. */
    public static final String ION = "$ion";

    /** A PartiQL graph (not supported). */
    public static final String GRAPH = "$graph";

    private IonAnnotations() {}
}
