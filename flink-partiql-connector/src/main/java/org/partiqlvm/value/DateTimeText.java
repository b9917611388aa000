package org.partiqlvm.value;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneOffset;

/**
 * The one grammar of DATE, TIME and TIMESTAMP text, in two forms: the text of a cast from a string
 * ({@link #parseDate}, {@link #parseTime}, {@link #parseTimestamp}; lenient) and of a literal such
 * as {@code TIME '12:00:00'} ({@link #parseLiteral}; strict, for the planner). Also writes the text
 * of casts to strings ({@link #format}).
 *
 * <p>Cast form: {@code YYYY-MM-DD}; {@code HH:MM:SS[.fff][offset]}; {@code YYYY-MM-DD[(
 * |T)HH:MM[:SS[.fff]]][offset]}, where the offset is {@code Z} or {@code ±HH:MM}; surrounding
 * blanks are ignored. Fractions longer than 9 digits are truncated (as time.ion's literal {@code
 * '23:59:59.999999999999'}); the value's precision is the number of fractional digits written.
 * Invalid text or an impossible date gives null. Literal form: {@code YYYY-MM-DD}; {@code
 * HH:MM:SS[.fff][±HH:MM]}; {@code YYYY-MM-DD( |T)HH:MM:SS[.fff][±HH:MM]}, nothing around it; with a
 * precision the fraction is rounded half up to it. Write: the ISO-8601 forms ({@code 2023-05-15},
 * {@code 10:30:00.5+05:00}, {@code 2023-05-15T10:30:00}).
 */
public final class DateTimeText {

    private DateTimeText() {}

    /** The DATE written in {@code text}, or null. */
    public static DateValue parseDate(String text) {
        String s = text.strip();
        if (s.length() != 10) {
            return null;
        }
        LocalDate d = date(s, 0);
        return d == null ? null : Value.ofDate(d);
    }

    /** The TIME written in {@code text} (with time zone when an offset is written), or null. */
    public static TimeValue parseTime(String text) {
        String s = text.strip();
        Cursor c = new Cursor(s, 0);
        LocalTime t = time(c, true);
        if (t == null) {
            return null;
        }
        ZoneOffset offset = offset(c);
        if (c.failed || c.pos != s.length()) {
            return null;
        }
        return Value.ofTime(t, offset, c.fractionDigits);
    }

    /**
     * The TIMESTAMP written in {@code text} (with time zone when an offset is written), or null. A
     * date alone is its midnight.
     */
    public static TimestampValue parseTimestamp(String text) {
        String s = text.strip();
        if (s.length() < 10) {
            return null;
        }
        LocalDate d = date(s, 0);
        if (d == null) {
            return null;
        }
        if (s.length() == 10) {
            return Value.ofTimestamp(d.atStartOfDay(), null, 0);
        }
        char sep = s.charAt(10);
        if (sep != ' ' && sep != 'T' && sep != 't') {
            return null;
        }
        Cursor c = new Cursor(s, 11);
        LocalTime t = time(c, false);
        if (t == null) {
            return null;
        }
        ZoneOffset offset = offset(c);
        if (c.failed || c.pos != s.length()) {
            return null;
        }
        return Value.ofTimestamp(LocalDateTime.of(d, t), offset, c.fractionDigits);
    }

    /**
     * A DATE, TIME or TIMESTAMP literal's text in the literal form, its fraction rounded half up to
     * {@code precision} digits when one is given (a time may round up to the next day).
     *
     * @param kind DATE, TIME or TIMESTAMP
     * @param precision the fractional digits to keep, or -1 to keep those written (at most 9)
     * @throws IllegalArgumentException saying what is wrong with the text
     */
    public static Value parseLiteral(ValueKind kind, String text, int precision) {
        if (kind == ValueKind.DATE) {
            if (text.length() != 10 || date(text, 0) == null) {
                return rejectDate(text);
            }
            return Value.ofDate(date(text, 0));
        }
        int from = 0;
        LocalDate d = null;
        if (kind == ValueKind.TIMESTAMP) {
            d = text.length() > 10 ? date(text, 0) : null;
            if (d == null || (text.charAt(10) != ' ' && text.charAt(10) != 'T')) {
                if (d == null && text.length() > 10 && shapedLikeADate(text)) {
                    throw new IllegalArgumentException("no such date");
                }
                throw new IllegalArgumentException("expected 'YYYY-MM-DD hh:mm:ss[.fff][+hh:mm]'");
            }
            from = 11;
        }
        Cursor c = new Cursor(text, from);
        c.strict = true;
        LocalTime t = time(c, true);
        if (t == null) {
            if (c.outOfRange) {
                throw new IllegalArgumentException("field out of range");
            }
            throw new IllegalArgumentException(
                    "expected '"
                            + (kind == ValueKind.TIME ? "" : "YYYY-MM-DD ")
                            + "hh:mm:ss[.fff][+hh:mm]'");
        }
        ZoneOffset offset = offset(c);
        if (c.failed) {
            throw new IllegalArgumentException("invalid UTC offset");
        }
        if (c.pos != text.length()) {
            throw new IllegalArgumentException(
                    "expected '"
                            + (kind == ValueKind.TIME ? "" : "YYYY-MM-DD ")
                            + "hh:mm:ss[.fff][+hh:mm]'");
        }
        int digits = c.fractionDigits;
        long nanos = t.getNano();
        if (precision >= 0) {
            long unit = POW10[9 - precision];
            long rest = nanos % unit;
            nanos -= rest;
            if (precision == 9 ? c.tenthDigitHigh : rest * 2 >= unit) {
                nanos += unit;
            }
            digits = precision;
        }
        if (kind == ValueKind.TIME) {
            return Value.ofTime(t.withNano(0).plusNanos(nanos), offset, digits);
        }
        return Value.ofTimestamp(
                LocalDateTime.of(d, t.withNano(0)).plusNanos(nanos), offset, digits);
    }

    private static Value rejectDate(String text) {
        throw new IllegalArgumentException(
                shapedLikeADate(text) ? "no such date" : "expected 'YYYY-MM-DD'");
    }

    /** {@code DDDD-DD-DD} at the start of {@code text}. */
    private static boolean shapedLikeADate(String text) {
        Cursor c = new Cursor(text, 0);
        return c.digits(4) >= 0
                && c.accept('-')
                && c.digits(2) >= 0
                && c.accept('-')
                && c.digits(2) >= 0;
    }

    private static final long[] POW10 = {
        1L,
        10L,
        100L,
        1_000L,
        10_000L,
        100_000L,
        1_000_000L,
        10_000_000L,
        100_000_000L,
        1_000_000_000L
    };

    /** The text of a DATE, TIME or TIMESTAMP value, in ISO-8601 form. */
    public static String format(Value v) {
        StringBuilder sb = new StringBuilder(32);
        if (v instanceof DateValue d) {
            TemporalText.appendDate(sb, d.date());
        } else if (v instanceof TimeValue t) {
            TemporalText.appendTime(sb, t.time(), t.precision());
            if (t.offset() != null) {
                TemporalText.appendOffset(sb, t.offset());
            }
        } else {
            TimestampValue ts = (TimestampValue) v;
            TemporalText.appendDate(sb, ts.dateTime().toLocalDate());
            sb.append('T');
            TemporalText.appendTime(sb, ts.dateTime().toLocalTime(), ts.precision());
            if (ts.offset() != null) {
                TemporalText.appendOffset(sb, ts.offset());
            }
        }
        return sb.toString();
    }

    // ---------------------------------------------------------------- parsing

    /** A position in the text and what was read so far. */
    private static final class Cursor {
        final String s;
        int pos;
        int fractionDigits;
        boolean failed;

        /** The literal form: no {@code Z} offset. */
        boolean strict;

        /** A well-formed time with an hour, minute or second out of range was read. */
        boolean outOfRange;

        /** The tenth fractional digit (dropped) is 5 or more. */
        boolean tenthDigitHigh;

        Cursor(String s, int pos) {
            this.s = s;
            this.pos = pos;
        }

        /** Reads exactly {@code n} digits, or returns -1. */
        int digits(int n) {
            if (pos + n > s.length()) {
                return -1;
            }
            int v = 0;
            for (int i = 0; i < n; i++) {
                char ch = s.charAt(pos + i);
                if (ch < '0' || ch > '9') {
                    return -1;
                }
                v = v * 10 + (ch - '0');
            }
            pos += n;
            return v;
        }

        boolean accept(char ch) {
            if (pos < s.length() && s.charAt(pos) == ch) {
                pos++;
                return true;
            }
            return false;
        }
    }

    private static LocalDate date(String s, int from) {
        Cursor c = new Cursor(s, from);
        int y = c.digits(4);
        if (y < 0 || !c.accept('-')) {
            return null;
        }
        int m = c.digits(2);
        if (m < 0 || !c.accept('-')) {
            return null;
        }
        int d = c.digits(2);
        if (d < 0) {
            return null;
        }
        try {
            return LocalDate.of(y, m, d);
        } catch (DateTimeException e) {
            return null; // month 13, February 30
        }
    }

    private static LocalTime time(Cursor c, boolean secondsRequired) {
        int h = c.digits(2);
        if (h < 0 || !c.accept(':')) {
            return null;
        }
        int m = c.digits(2);
        if (m < 0) {
            return null;
        }
        int sec = 0;
        int nanos = 0;
        if (c.accept(':')) {
            sec = c.digits(2);
            if (sec < 0) {
                return null;
            }
            if (c.accept('.')) {
                int digits = 0;
                while (c.pos < c.s.length() && Character.isDigit(c.s.charAt(c.pos))) {
                    if (digits < 9) {
                        nanos = nanos * 10 + (c.s.charAt(c.pos) - '0');
                    } else if (digits == 9) {
                        c.tenthDigitHigh = c.s.charAt(c.pos) >= '5';
                    }
                    digits++;
                    c.pos++;
                }
                if (digits == 0) {
                    return null;
                }
                for (int i = digits; i < 9; i++) {
                    nanos *= 10;
                }
                c.fractionDigits = Math.min(digits, 9);
            }
        } else if (secondsRequired) {
            return null;
        }
        if (h > 23 || m > 59 || sec > 59) {
            c.outOfRange = true;
            return null;
        }
        return LocalTime.of(h, m, sec, nanos);
    }

    /** An optional offset; null when none is written (sets {@code failed} when malformed). */
    private static ZoneOffset offset(Cursor c) {
        if (!c.strict && (c.accept('Z') || c.accept('z'))) {
            return ZoneOffset.UTC;
        }
        int sign;
        if (c.accept('+')) {
            sign = 1;
        } else if (c.accept('-')) {
            sign = -1;
        } else {
            return null;
        }
        int h = c.digits(2);
        int m = h >= 0 && c.accept(':') ? c.digits(2) : -1;
        if (h < 0 || m < 0 || h > 18 || m > 59) {
            c.failed = true;
            return null;
        }
        try {
            return ZoneOffset.ofHoursMinutes(sign * h, sign * m);
        } catch (DateTimeException e) {
            c.failed = true;
            return null;
        }
    }
}
