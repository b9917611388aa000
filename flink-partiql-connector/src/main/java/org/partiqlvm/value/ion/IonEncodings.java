package org.partiqlvm.value.ion;

import com.amazon.ion.IonType;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.OffsetTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.time.temporal.TemporalAccessor;
import java.util.Set;
import org.partiqlvm.value.DateValue;
import org.partiqlvm.value.StructValue;
import org.partiqlvm.value.TimeValue;
import org.partiqlvm.value.TimestampValue;
import org.partiqlvm.value.Value;
import org.partiqlvm.value.ValueKind;

/**
 * Decodes the PartiQL values the suite encodes as annotated Ion ({@link IonAnnotations}) from the
 * plain value under the annotation. Throws {@link IllegalArgumentException} (or a {@link
 * java.time.DateTimeException}) with a reason; the reader adds the location.
 */
final class IonEncodings {

    private static final Set<String> DATE_FIELDS = Set.of("year", "month", "day");
    private static final Set<String> TIME_FIELDS =
            Set.of("hour", "minute", "second", "offset", "timezone_hour", "timezone_minute");
    private static final Set<String> TIMESTAMP_FIELDS =
            Set.of("year", "month", "day", "hour", "minute", "second", "offset");
    private static final Set<String> YM_FIELDS = Set.of("sign", "years", "months");
    private static final Set<String> DT_FIELDS =
            Set.of("sign", "days", "hours", "minutes", "seconds", "nanos");

    private IonEncodings() {}

    /** The kind a null with {@code annotation} stands for ({@code $date::null} is a DATE null). */
    static ValueKind kindOf(String annotation) {
        return switch (annotation) {
            case IonAnnotations.DATE -> ValueKind.DATE;
            case IonAnnotations.TIME -> ValueKind.TIME;
            case IonAnnotations.TIMESTAMP -> ValueKind.TIMESTAMP;
            case IonAnnotations.INTERVAL_YM -> ValueKind.INTERVAL_YEAR_MONTH;
            case IonAnnotations.INTERVAL_DT -> ValueKind.INTERVAL_DAY_TIME;
            default ->
                    throw new IllegalArgumentException("not a PartiQL annotation: " + annotation);
        };
    }

    /** The value {@code annotation::plain} encodes; {@code ionType} is the Ion type of plain. */
    static Value decode(String annotation, IonType ionType, Value plain) {
        switch (annotation) {
            case IonAnnotations.DATE:
                if (plain instanceof TimestampValue ts) { // $date::2021-08-22
                    return DateValue.of(ts.dateTime().toLocalDate());
                }
                if (ionType == IonType.STRING) {
                    return DateValue.of(LocalDate.parse(plain.asString()));
                }
                checkFields(plain, ionType, DATE_FIELDS);
                return DateValue.of(
                        LocalDate.of(
                                intField(plain, "year", true),
                                intField(plain, "month", true),
                                intField(plain, "day", true)));
            case IonAnnotations.TIME:
                if (ionType == IonType.STRING) { // $time::"04:05:06"
                    return parseTime(plain.asString());
                }
                checkFields(plain, ionType, TIME_FIELDS);
                return time(plain);
            case IonAnnotations.TIMESTAMP:
                if (plain instanceof TimestampValue) {
                    return plain;
                }
                if (ionType == IonType.STRING) {
                    return parseTimestamp(plain.asString());
                }
                checkFields(plain, ionType, TIMESTAMP_FIELDS);
                return timestamp(plain);
            case IonAnnotations.INTERVAL_YM:
                {
                    checkFields(plain, ionType, YM_FIELDS);
                    long months =
                            Math.addExact(
                                    Math.multiplyExact(longField(plain, "years"), 12),
                                    longField(plain, "months"));
                    return Value.ofIntervalYearMonth(sign(plain) * months);
                }
            case IonAnnotations.INTERVAL_DT:
                {
                    checkFields(plain, ionType, DT_FIELDS);
                    long seconds =
                            Math.addExact(
                                    Math.addExact(
                                            Math.multiplyExact(longField(plain, "days"), 86_400),
                                            Math.multiplyExact(longField(plain, "hours"), 3_600)),
                                    Math.addExact(
                                            Math.multiplyExact(longField(plain, "minutes"), 60),
                                            longField(plain, "seconds")));
                    long nanos = longField(plain, "nanos");
                    int sign = sign(plain);
                    return Value.ofIntervalDayTime(sign * seconds, sign * nanos);
                }
            default:
                throw new IllegalArgumentException("not a PartiQL annotation: " + annotation);
        }
    }

    private static void checkFields(Value struct, IonType ionType, Set<String> allowed) {
        if (ionType != IonType.STRUCT) {
            throw new IllegalArgumentException("expected a struct, found Ion " + ionType);
        }
        for (int i = 0; i < struct.fieldCount(); i++) {
            String name = struct.fieldName(i);
            if (!allowed.contains(name)) {
                throw new IllegalArgumentException("unexpected field '" + name + "'");
            }
            if (((StructValue) struct).indexOf(name, true) != i) {
                throw new IllegalArgumentException("repeated field '" + name + "'");
            }
        }
    }

    private static TimeValue time(Value s) {
        int hour = intField(s, "hour", true);
        int minute = intField(s, "minute", true);
        BigDecimal second = secondField(s);
        ZoneOffset offset = offsetField(s);
        if (offset == null) {
            Value tzHour = s.get("timezone_hour", true);
            Value tzMinute = s.get("timezone_minute", true);
            if (tzHour.kind() == ValueKind.INT || tzMinute.kind() == ValueKind.INT) {
                int minutes = intField(s, "timezone_hour", false) * 60;
                minutes += intField(s, "timezone_minute", false);
                offset = ZoneOffset.ofTotalSeconds(minutes * 60);
            }
        }
        int precision = precisionOf(second);
        LocalTime time = LocalTime.of(hour, minute, second.intValue(), nanosOf(second));
        return TimeValue.of(time, offset, precision);
    }

    private static TimestampValue timestamp(Value s) {
        BigDecimal second = secondField(s);
        LocalDateTime dateTime =
                LocalDateTime.of(
                        intField(s, "year", true),
                        intField(s, "month", true),
                        intField(s, "day", true),
                        intField(s, "hour", true),
                        intField(s, "minute", true),
                        second.intValue(),
                        nanosOf(second));
        return TimestampValue.of(dateTime, offsetField(s), precisionOf(second));
    }

    private static TimeValue parseTime(String text) {
        try {
            TemporalAccessor t =
                    text.indexOf('+') >= 0 || text.indexOf('-') >= 0 || text.endsWith("Z")
                            ? OffsetTime.parse(text)
                            : LocalTime.parse(text);
            if (t instanceof OffsetTime ot) {
                return TimeValue.of(
                        ot.toLocalTime(), ot.getOffset(), TimeValue.minimalPrecision(ot.getNano()));
            }
            LocalTime lt = (LocalTime) t;
            return TimeValue.of(lt, null, TimeValue.minimalPrecision(lt.getNano()));
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("not an ISO time: '" + text + "'", e);
        }
    }

    private static TimestampValue parseTimestamp(String text) {
        try {
            String iso = text.replace(' ', 'T');
            boolean zoned =
                    iso.endsWith("Z") || iso.lastIndexOf('+') > 0 || iso.lastIndexOf('-') > 9;
            if (zoned) {
                OffsetDateTime t = OffsetDateTime.parse(iso);
                return TimestampValue.of(
                        t.toLocalDateTime(),
                        t.getOffset(),
                        TimeValue.minimalPrecision(t.getNano()));
            }
            LocalDateTime t = LocalDateTime.parse(iso);
            return TimestampValue.of(t, null, TimeValue.minimalPrecision(t.getNano()));
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("not an ISO timestamp: '" + text + "'", e);
        }
    }

    private static int intField(Value s, String name, boolean required) {
        Value v = s.get(name, true);
        if (v.isMissing() || v.isNull()) {
            if (required) {
                throw new IllegalArgumentException("missing field '" + name + "'");
            }
            return 0;
        }
        if (v.kind() != ValueKind.INT || !v.fitsLong()) {
            throw new IllegalArgumentException(
                    "field '" + name + "' must be an int, found " + v.typeName());
        }
        return Math.toIntExact(v.asLong());
    }

    /** An optional non-negative int field of an interval (absent means 0). */
    private static long longField(Value s, String name) {
        Value v = s.get(name, true);
        if (v.isMissing()) {
            return 0;
        }
        if (v.kind() != ValueKind.INT || !v.fitsLong()) {
            throw new IllegalArgumentException(
                    "field '" + name + "' must be an int, found " + v.typeName());
        }
        if (v.asLong() < 0) {
            throw new IllegalArgumentException(
                    "field '" + name + "' must not be negative, found " + v.asLong());
        }
        return v.asLong();
    }

    private static int sign(Value s) {
        Value v = s.get("sign", true);
        if (v.isMissing()) {
            return 1;
        }
        if (v.kind().isText()) {
            if (v.asString().equals("+")) {
                return 1;
            }
            if (v.asString().equals("-")) {
                return -1;
            }
        }
        throw new IllegalArgumentException("field 'sign' must be \"+\" or \"-\", found " + v);
    }

    private static BigDecimal secondField(Value s) {
        Value v = s.get("second", true);
        if (v.isMissing() || v.isNull()) {
            throw new IllegalArgumentException("missing field 'second'");
        }
        if (v.kind() != ValueKind.INT && v.kind() != ValueKind.DECIMAL) {
            throw new IllegalArgumentException(
                    "field 'second' must be an int or a decimal, found " + v.typeName());
        }
        BigDecimal second = v.asBigDecimal();
        if (second.signum() < 0 || second.compareTo(BigDecimal.valueOf(60)) >= 0) {
            throw new IllegalArgumentException("second " + second + " is not in [0, 60)");
        }
        return second;
    }

    private static ZoneOffset offsetField(Value s) {
        Value v = s.get("offset", true);
        if (v.isMissing() || v.isNull()) {
            return null;
        }
        if (v.kind() != ValueKind.INT || !v.fitsLong()) {
            throw new IllegalArgumentException(
                    "field 'offset' must be an int of minutes, found " + v.typeName());
        }
        return ZoneOffset.ofTotalSeconds(Math.toIntExact(v.asLong() * 60));
    }

    /** Fractional digits of a {@code second} value, at most 9. */
    private static int precisionOf(BigDecimal second) {
        return Math.max(0, Math.min(9, second.scale()));
    }

    /** Nanoseconds of the fraction of {@code second}, truncated beyond 9 digits. */
    private static int nanosOf(BigDecimal second) {
        BigDecimal fraction = second.subtract(new BigDecimal(second.toBigInteger()));
        return fraction.movePointRight(9).setScale(0, RoundingMode.DOWN).intValueExact();
    }
}
