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
import java.util.Objects;
import java.util.function.Function;

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

    /** Nesting deeper than this is rejected (a Java object graph with a cycle, say). */
    public static final int MAX_DEPTH = 256;

    /**
     * Reads the Java objects that {@link #fromJava(Object, ObjectReader)} does not know itself
     * (Flink rows, POJOs, enums), and names the fields of maps.
     */
    public interface ObjectReader {

        /**
         * The value of {@code o}, reading its parts with {@code parts} (the same walk, one level
         * deeper); null when this reader does not know {@code o}'s class either.
         */
        Value read(Object o, Function<Object, Value> parts);

        /**
         * The field name of a map key; by default only {@code String} keys are accepted.
         *
         * @throws IllegalArgumentException for a key that names no field
         */
        default String fieldName(Object key) {
            if (key instanceof String name) {
                return name;
            }
            throw new IllegalArgumentException(
                    "struct field names must be Strings, got "
                            + (key == null ? "null" : key.getClass().getName()));
        }
    }

    /** The reader of {@link #fromJava(Object)}: it knows no further classes. */
    private static final ObjectReader PLAIN = (o, parts) -> null;

    /**
     * The value of a Java object (see the class comment).
     *
     * @throws IllegalArgumentException for unsupported classes and non-String map keys
     */
    public static Value fromJava(Object o) {
        return fromJava(o, PLAIN);
    }

    /**
     * The value of a Java object, walked as {@link #fromJava(Object)} walks it, with {@code reader}
     * asked for every object of a class that has no mapping of its own, and for the field names of
     * maps: the one walk the Java-object codecs share.
     *
     * @throws IllegalArgumentException for classes neither knows, bad map keys, and nesting deeper
     *     than {@value #MAX_DEPTH}
     */
    public static Value fromJava(Object o, ObjectReader reader) {
        return walk(o, Objects.requireNonNull(reader, "reader"), 0);
    }

    private static Value walk(Object o, ObjectReader reader, int depth) {
        if (depth > MAX_DEPTH) {
            throw new IllegalArgumentException(
                    "nested more than " + MAX_DEPTH + " levels deep (a cycle?)");
        }
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
            StructValue.Builder b = StructValue.builder();
            for (Map.Entry<?, ?> e : map.entrySet()) {
                b.add(reader.fieldName(e.getKey()), walk(e.getValue(), reader, depth + 1));
            }
            return b.build();
        }
        if (o instanceof Collection<?> c) {
            Value[] elements = new Value[c.size()];
            int i = 0;
            for (Object e : c) {
                elements[i++] = walk(e, reader, depth + 1);
            }
            return o instanceof List<?> ? ListValue.wrap(elements) : BagValue.wrap(elements);
        }
        if (o instanceof byte[] bytes) {
            return Value.ofBlob(bytes.clone());
        }
        if (o.getClass().isArray()) {
            Value[] elements = new Value[Array.getLength(o)];
            for (int i = 0; i < elements.length; i++) {
                elements[i] = walk(Array.get(o, i), reader, depth + 1);
            }
            return ListValue.wrap(elements);
        }
        if (o instanceof CharSequence || o instanceof Character) {
            return Value.ofString(o.toString());
        }
        Value temporal = fromTemporal(o);
        if (temporal != null) {
            return temporal;
        }
        Value read = reader.read(o, part -> walk(part, reader, depth + 1));
        if (read == null) {
            throw new IllegalArgumentException(
                    "no PartiQL value for Java " + o.getClass().getName());
        }
        return read;
    }

    /** The value of a {@code java.time} object, or null for other classes. */
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
        return null;
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
