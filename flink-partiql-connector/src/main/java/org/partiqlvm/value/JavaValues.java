package org.partiqlvm.value;

import java.lang.reflect.Array;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.OffsetTime;
import java.time.Period;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Converts between plain Java objects and values, for tests, embedding and user functions.
 *
 * <table>
 *   <caption>Mapping ({@code fromJava} / {@code toJava})</caption>
 *   <tr><th>Java</th><th>Value</th></tr>
 *   <tr><td>{@code null}</td><td>NULL (and {@code toJava} maps NULL and MISSING to null)</td></tr>
 *   <tr><td>Boolean</td><td>BOOL</td></tr>
 *   <tr><td>Byte, Short, Integer, Long / BigInteger</td><td>INT (toJava: Long, or BigInteger
 *       beyond 64 bits)</td></tr>
 *   <tr><td>Float, Double</td><td>FLOAT (toJava: Double)</td></tr>
 *   <tr><td>BigDecimal</td><td>DECIMAL</td></tr>
 *   <tr><td>String, Character / other CharSequence</td><td>STRING (toJava: String; SYMBOL too)</td></tr>
 *   <tr><td>byte[]</td><td>BLOB, copied (toJava: a copy, for CLOB too)</td></tr>
 *   <tr><td>LocalDate</td><td>DATE</td></tr>
 *   <tr><td>LocalTime / OffsetTime</td><td>TIME / TIME WITH TIME ZONE</td></tr>
 *   <tr><td>LocalDateTime / OffsetDateTime, ZonedDateTime, Instant</td><td>TIMESTAMP / WITH TIME
 *       ZONE (toJava: LocalDateTime / OffsetDateTime)</td></tr>
 *   <tr><td>Period (no days)</td><td>INTERVAL YEAR TO MONTH</td></tr>
 *   <tr><td>Duration</td><td>INTERVAL DAY TO SECOND</td></tr>
 *   <tr><td>Map (String keys, iteration order kept)</td><td>STRUCT (toJava: LinkedHashMap; a
 *       repeated name keeps its last value; MISSING fields are left out)</td></tr>
 *   <tr><td>List, Object[] and primitive arrays</td><td>LIST (toJava: ArrayList; MISSING
 *       elements become null)</td></tr>
 *   <tr><td>other Collection (e.g. Set)</td><td>BAG (toJava: ArrayList); SEXP also becomes an
 *       ArrayList</td></tr>
 *   <tr><td>Value</td><td>itself</td></tr>
 * </table>
 *
 * Temporal precision from Java is the fewest digits that show the nanoseconds.
 */
public final class JavaValues {

    private JavaValues() {}

    /**
     * The value of a Java object (see the class comment).
     *
     * @throws IllegalArgumentException for unsupported classes and non-String map keys
     */
    public static Value fromJava(Object o) {
        if (o == null) {
            return Value.NULL;
        }
        if (o instanceof Value v) {
            return v;
        }
        if (o instanceof String s) {
            return Value.ofString(s);
        }
        if (o instanceof Integer || o instanceof Long || o instanceof Short || o instanceof Byte) {
            return Value.ofLong(((Number) o).longValue());
        }
        if (o instanceof Boolean b) {
            return Value.ofBool(b);
        }
        if (o instanceof Double || o instanceof Float) {
            return Value.ofDouble(((Number) o).doubleValue());
        }
        if (o instanceof BigDecimal d) {
            return Value.ofDecimal(d);
        }
        if (o instanceof BigInteger i) {
            return Value.ofBigInteger(i);
        }
        if (o instanceof Map<?, ?> map) {
            return fromMap(map);
        }
        if (o instanceof List<?> list) {
            Value[] elements = new Value[list.size()];
            int i = 0;
            for (Object e : list) {
                elements[i++] = fromJava(e);
            }
            return ListValue.wrap(elements);
        }
        if (o instanceof Collection<?> c) {
            Value[] elements = new Value[c.size()];
            int i = 0;
            for (Object e : c) {
                elements[i++] = fromJava(e);
            }
            return BagValue.wrap(elements);
        }
        if (o instanceof byte[] bytes) {
            return Value.ofBlob(bytes.clone());
        }
        if (o.getClass().isArray()) {
            Value[] elements = new Value[Array.getLength(o)];
            for (int i = 0; i < elements.length; i++) {
                elements[i] = fromJava(Array.get(o, i));
            }
            return ListValue.wrap(elements);
        }
        if (o instanceof CharSequence || o instanceof Character) {
            return Value.ofString(o.toString());
        }
        return fromTemporal(o);
    }

    private static Value fromMap(Map<?, ?> map) {
        StructValue.Builder b = StructValue.builder();
        for (Map.Entry<?, ?> e : map.entrySet()) {
            if (!(e.getKey() instanceof String name)) {
                throw new IllegalArgumentException(
                        "struct field names must be Strings, got "
                                + (e.getKey() == null ? "null" : e.getKey().getClass().getName()));
            }
            b.add(name, fromJava(e.getValue()));
        }
        return b.build();
    }

    private static Value fromTemporal(Object o) {
        if (o instanceof LocalDate d) {
            return Value.ofDate(d);
        }
        if (o instanceof LocalTime t) {
            return Value.ofTime(t);
        }
        if (o instanceof OffsetTime t) {
            return Value.ofTime(
                    t.toLocalTime(), t.getOffset(), TimeValue.minimalPrecision(t.getNano()));
        }
        if (o instanceof LocalDateTime t) {
            return Value.ofTimestamp(t);
        }
        if (o instanceof OffsetDateTime t) {
            return Value.ofTimestamp(
                    t.toLocalDateTime(), t.getOffset(), TimeValue.minimalPrecision(t.getNano()));
        }
        if (o instanceof ZonedDateTime t) {
            return Value.ofTimestamp(
                    t.toLocalDateTime(), t.getOffset(), TimeValue.minimalPrecision(t.getNano()));
        }
        if (o instanceof Instant t) {
            return fromTemporal(t.atOffset(ZoneOffset.UTC));
        }
        if (o instanceof Period p) {
            if (p.getDays() != 0) {
                throw new IllegalArgumentException(
                        "a Period with days has no INTERVAL YEAR TO MONTH value: " + p);
            }
            return Value.ofIntervalYearMonth(p.toTotalMonths());
        }
        if (o instanceof Duration d) {
            return IntervalDayTimeValue.of(d);
        }
        throw new IllegalArgumentException("no PartiQL value for Java " + o.getClass().getName());
    }

    /** The plain Java object of a value (see the class comment). */
    public static Object toJava(Value v) {
        switch (v.kind()) {
            case MISSING:
            case NULL:
                return null;
            case BOOL:
                return v.booleanValue();
            case INT:
                return v.fitsLong() ? (Object) v.asLong() : v.asBigInteger();
            case DECIMAL:
                return v.asBigDecimal();
            case FLOAT:
                return v.asDouble();
            case STRING:
            case SYMBOL:
                return v.asString();
            case BLOB:
            case CLOB:
                return v.asBytes().clone();
            case DATE:
                return ((DateValue) v).date();
            case TIME:
                {
                    TimeValue t = (TimeValue) v;
                    return t.hasTimeZone() ? OffsetTime.of(t.time(), t.offset()) : t.time();
                }
            case TIMESTAMP:
                {
                    TimestampValue t = (TimestampValue) v;
                    return t.hasTimeZone()
                            ? OffsetDateTime.of(t.dateTime(), t.offset())
                            : t.dateTime();
                }
            case INTERVAL_YEAR_MONTH:
                return ((IntervalYearMonthValue) v).toPeriod();
            case INTERVAL_DAY_TIME:
                return ((IntervalDayTimeValue) v).toDuration();
            case LIST:
            case BAG:
            case SEXP:
                {
                    List<Object> list = new ArrayList<>(v.size());
                    for (int i = 0, n = v.size(); i < n; i++) {
                        list.add(toJava(v.get(i)));
                    }
                    return list;
                }
            case STRUCT:
                {
                    Map<String, Object> map = new LinkedHashMap<>();
                    for (int i = 0, n = v.fieldCount(); i < n; i++) {
                        Value field = v.fieldValue(i);
                        if (!field.isMissing()) {
                            map.put(v.fieldName(i), toJava(field));
                        }
                    }
                    return map;
                }
            default:
                throw new AssertionError(v.kind());
        }
    }
}
