package org.partiqlvm.value.ion;

import com.amazon.ion.IonSystem;
import com.amazon.ion.IonType;
import com.amazon.ion.IonValue;
import com.amazon.ion.IonWriter;
import com.amazon.ion.Timestamp;
import com.amazon.ion.system.IonBinaryWriterBuilder;
import com.amazon.ion.system.IonTextWriterBuilder;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import org.partiqlvm.value.DateValue;
import org.partiqlvm.value.IntervalDayTimeValue;
import org.partiqlvm.value.IntervalYearMonthValue;
import org.partiqlvm.value.NullValue;
import org.partiqlvm.value.TimeValue;
import org.partiqlvm.value.TimestampValue;
import org.partiqlvm.value.Value;
import org.partiqlvm.value.ValueKind;

/**
 * Writes values as Ion through an {@link IonWriter} (text or binary), the inverse of {@link
 * IonValueReader}: Ion kinds are written as themselves (typed nulls as {@code null.int} ...), and
 * PartiQL kinds with the {@link IonAnnotations} encodings the suite uses:
 *
 * <ul>
 *   <li>MISSING → {@code $missing::null}; BAG → {@code $bag::[...]}; a NULL of a PartiQL kind →
 *       {@code $bag::null}, {@code $date::null}, ...;
 *   <li>DATE → {@code $date::{year: 2021, month: 8, day: 22}};
 *   <li>TIME → {@code $time::{hour: 12, minute: 30, second: 45.0, offset: 60}} (offset in minutes,
 *       {@code null} without time zone; {@code second} a decimal with the value's precision);
 *   <li>TIMESTAMP → an Ion timestamp: with its offset, or with the unknown offset {@code -00:00}
 *       when it has no time zone. Fractional digits follow the precision; a precision-0 value
 *       without seconds is written at minute precision, and a time-zone-less midnight at day
 *       precision (so Ion's {@code 2021-08-22} and {@code 2017-01-01T00:00-00:00} round-trip; a
 *       second-precision {@code T00:00:00} comes back as minute precision). Years outside 1..9999
 *       use {@code $timestamp::{...}};
 *   <li>intervals → {@code $interval_ym::{sign: "+", years, months}} and {@code
 *       $interval_dt::{sign, days, hours, minutes, seconds, nanos}}, normalized.
 * </ul>
 *
 * Immutable and thread-safe. Offsets with seconds (not representable in Ion) raise {@link
 * IllegalArgumentException}.
 */
public final class IonValueWriter {

    private static final IonValueWriter STANDARD = new IonValueWriter();

    private IonValueWriter() {}

    /** The writer. */
    public static IonValueWriter standard() {
        return STANDARD;
    }

    /** {@code value} as compact Ion text. */
    public String toText(Value value) {
        return text(value, IonTextWriterBuilder.standard());
    }

    /** {@code value} as pretty-printed Ion text. */
    public String toPrettyText(Value value) {
        return text(value, IonTextWriterBuilder.pretty());
    }

    private String text(Value value, IonTextWriterBuilder builder) {
        StringBuilder sb = new StringBuilder();
        try (IonWriter w = builder.build(sb)) {
            write(value, w);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return sb.toString();
    }

    /** {@code value} as Ion binary. */
    public byte[] toBinary(Value value) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (IonWriter w = IonBinaryWriterBuilder.standard().build(out)) {
            write(value, w);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /** {@code value} as an ion-java DOM value of {@code system}. */
    public IonValue toIonValue(Value value, IonSystem system) {
        return system.singleValue(toBinary(value));
    }

    /** Writes {@code value} as the next value of {@code writer} (after any field name set). */
    public void write(Value value, IonWriter writer) throws IOException {
        switch (value.kind()) {
            case MISSING -> {
                writer.setTypeAnnotations(IonAnnotations.MISSING);
                writer.writeNull();
            }
            case NULL -> writeNull((NullValue) value, writer);
            case BOOL -> writer.writeBool(value.booleanValue());
            case INT -> {
                if (value.fitsLong()) {
                    writer.writeInt(value.asLong());
                } else {
                    writer.writeInt(value.asBigInteger());
                }
            }
            case DECIMAL -> writer.writeDecimal(value.asBigDecimal());
            case FLOAT -> writer.writeFloat(value.asDouble());
            case STRING -> writer.writeString(value.asString());
            case SYMBOL -> writer.writeSymbol(value.asString());
            case BLOB -> writer.writeBlob(value.asBytes());
            case CLOB -> writer.writeClob(value.asBytes());
            case DATE -> writeDate((DateValue) value, writer);
            case TIME -> writeTime((TimeValue) value, writer);
            case TIMESTAMP -> writeTimestamp((TimestampValue) value, writer);
            case INTERVAL_YEAR_MONTH -> writeYearMonth((IntervalYearMonthValue) value, writer);
            case INTERVAL_DAY_TIME -> writeDayTime((IntervalDayTimeValue) value, writer);
            case LIST, SEXP, BAG -> {
                if (value.kind() == ValueKind.BAG) {
                    writer.setTypeAnnotations(IonAnnotations.BAG);
                }
                writer.stepIn(value.kind() == ValueKind.SEXP ? IonType.SEXP : IonType.LIST);
                for (int i = 0, n = value.size(); i < n; i++) {
                    write(value.get(i), writer);
                }
                writer.stepOut();
            }
            case STRUCT -> {
                writer.stepIn(IonType.STRUCT);
                for (int i = 0, n = value.fieldCount(); i < n; i++) {
                    writer.setFieldName(value.fieldName(i));
                    write(value.fieldValue(i), writer);
                }
                writer.stepOut();
            }
        }
    }

    private static void writeNull(NullValue value, IonWriter w) throws IOException {
        switch (value.declaredKind()) {
            case NULL -> w.writeNull();
            case BOOL -> w.writeNull(IonType.BOOL);
            case INT -> w.writeNull(IonType.INT);
            case DECIMAL -> w.writeNull(IonType.DECIMAL);
            case FLOAT -> w.writeNull(IonType.FLOAT);
            case STRING -> w.writeNull(IonType.STRING);
            case SYMBOL -> w.writeNull(IonType.SYMBOL);
            case BLOB -> w.writeNull(IonType.BLOB);
            case CLOB -> w.writeNull(IonType.CLOB);
            case TIMESTAMP -> w.writeNull(IonType.TIMESTAMP);
            case LIST -> w.writeNull(IonType.LIST);
            case SEXP -> w.writeNull(IonType.SEXP);
            case STRUCT -> w.writeNull(IonType.STRUCT);
            case BAG -> annotatedNull(IonAnnotations.BAG, w);
            case DATE -> annotatedNull(IonAnnotations.DATE, w);
            case TIME -> annotatedNull(IonAnnotations.TIME, w);
            case INTERVAL_YEAR_MONTH -> annotatedNull(IonAnnotations.INTERVAL_YM, w);
            case INTERVAL_DAY_TIME -> annotatedNull(IonAnnotations.INTERVAL_DT, w);
            case MISSING -> throw new AssertionError("no MISSING null");
        }
    }

    private static void annotatedNull(String annotation, IonWriter w) throws IOException {
        w.setTypeAnnotations(annotation);
        w.writeNull();
    }

    private static void writeDate(DateValue value, IonWriter w) throws IOException {
        w.setTypeAnnotations(IonAnnotations.DATE);
        w.stepIn(IonType.STRUCT);
        intField(w, "year", value.date().getYear());
        intField(w, "month", value.date().getMonthValue());
        intField(w, "day", value.date().getDayOfMonth());
        w.stepOut();
    }

    private static void writeTime(TimeValue value, IonWriter w) throws IOException {
        w.setTypeAnnotations(IonAnnotations.TIME);
        w.stepIn(IonType.STRUCT);
        intField(w, "hour", value.time().getHour());
        intField(w, "minute", value.time().getMinute());
        w.setFieldName("second");
        w.writeDecimal(second(value.time().getSecond(), value.time().getNano(), value.precision()));
        offsetField(w, value.offset());
        w.stepOut();
    }

    private static void writeTimestamp(TimestampValue value, IonWriter w) throws IOException {
        LocalDateTime t = value.dateTime();
        Integer offset = value.hasTimeZone() ? offsetMinutes(value.offset()) : null;
        if (t.getYear() < 1 || t.getYear() > 9999) {
            writeTimestampStruct(value, w);
            return;
        }
        Timestamp ts;
        if (value.precision() == 0 && t.getSecond() == 0 && t.getNano() == 0) {
            if (offset == null && t.getHour() == 0 && t.getMinute() == 0) {
                ts = Timestamp.forDay(t.getYear(), t.getMonthValue(), t.getDayOfMonth());
            } else {
                ts =
                        Timestamp.forMinute(
                                t.getYear(),
                                t.getMonthValue(),
                                t.getDayOfMonth(),
                                t.getHour(),
                                t.getMinute(),
                                offset);
            }
        } else {
            ts =
                    Timestamp.forSecond(
                            t.getYear(),
                            t.getMonthValue(),
                            t.getDayOfMonth(),
                            t.getHour(),
                            t.getMinute(),
                            second(t.getSecond(), t.getNano(), value.precision()),
                            offset);
        }
        w.writeTimestamp(ts);
    }

    private static void writeTimestampStruct(TimestampValue value, IonWriter w) throws IOException {
        LocalDateTime t = value.dateTime();
        w.setTypeAnnotations(IonAnnotations.TIMESTAMP);
        w.stepIn(IonType.STRUCT);
        intField(w, "year", t.getYear());
        intField(w, "month", t.getMonthValue());
        intField(w, "day", t.getDayOfMonth());
        intField(w, "hour", t.getHour());
        intField(w, "minute", t.getMinute());
        w.setFieldName("second");
        w.writeDecimal(second(t.getSecond(), t.getNano(), value.precision()));
        offsetField(w, value.offset());
        w.stepOut();
    }

    private static void writeYearMonth(IntervalYearMonthValue value, IonWriter w)
            throws IOException {
        w.setTypeAnnotations(IonAnnotations.INTERVAL_YM);
        w.stepIn(IonType.STRUCT);
        w.setFieldName("sign");
        w.writeString(value.signum() < 0 ? "-" : "+");
        intField(w, "years", value.years());
        intField(w, "months", value.months());
        w.stepOut();
    }

    private static void writeDayTime(IntervalDayTimeValue value, IonWriter w) throws IOException {
        w.setTypeAnnotations(IonAnnotations.INTERVAL_DT);
        w.stepIn(IonType.STRUCT);
        w.setFieldName("sign");
        w.writeString(value.signum() < 0 ? "-" : "+");
        intField(w, "days", value.days());
        intField(w, "hours", value.hours());
        intField(w, "minutes", value.minutes());
        intField(w, "seconds", value.seconds());
        intField(w, "nanos", value.nanos());
        w.stepOut();
    }

    private static void intField(IonWriter w, String name, long v) throws IOException {
        w.setFieldName(name);
        w.writeInt(v);
    }

    private static void offsetField(IonWriter w, ZoneOffset offset) throws IOException {
        w.setFieldName("offset");
        if (offset == null) {
            w.writeNull(IonType.INT);
        } else {
            w.writeInt(offsetMinutes(offset));
        }
    }

    private static int offsetMinutes(ZoneOffset offset) {
        int seconds = offset.getTotalSeconds();
        if (seconds % 60 != 0) {
            throw new IllegalArgumentException(
                    "UTC offset " + offset + " has seconds, which Ion cannot represent");
        }
        return seconds / 60;
    }

    /** Seconds plus nanos as a decimal with exactly {@code precision} fractional digits. */
    private static BigDecimal second(int seconds, int nanos, int precision) {
        return BigDecimal.valueOf(seconds * 1_000_000_000L + nanos, 9).setScale(precision);
    }
}
