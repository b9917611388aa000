package org.partiqlvm.value;

import java.math.BigDecimal;
import java.util.Base64;

/**
 * Prints values in PartiQL literal syntax, for {@link Value#toString()}, error messages and tests:
 * {@code {'a': 1, 'b': <<2, 3>>}}.
 *
 * <p>Kinds PartiQL has no literal for are printed as Ion in backticks, as PartiQL embeds Ion: FLOAT
 * as {@code `1.5e0`} ({@code `nan`}, {@code `+inf`}), SYMBOL as {@code `'sym'`}, BLOB as {@code
 * `{{aGk=}}`}, CLOB as {@code `{{"hi"}}`}, typed nulls as {@code `null.int`}. A DECIMAL always
 * shows that it is one ({@code 1.}, {@code 1.0}, {@code 1E+3}); SEXP prints as {@code sexp(1, 2)}.
 * Datetimes print as typed literals ({@code DATE '2021-08-22'}, {@code TIME WITH TIME ZONE
 * '12:00:00+01:00'}, {@code INTERVAL '1-2' YEAR TO MONTH}).
 */
public final class ValuePrinter {

    private ValuePrinter() {}

    /** {@code value} in PartiQL literal syntax. */
    public static String print(Value value) {
        StringBuilder sb = new StringBuilder();
        append(sb, value);
        return sb.toString();
    }

    /** Appends {@code value} in PartiQL literal syntax. */
    public static void append(StringBuilder sb, Value value) {
        switch (value.kind()) {
            case MISSING -> sb.append("MISSING");
            case NULL -> appendNull(sb, (NullValue) value);
            case BOOL -> sb.append(value.booleanValue() ? "true" : "false");
            case INT -> sb.append(value.fitsLong() ? value.asLong() : value.asBigInteger());
            case DECIMAL -> appendDecimal(sb, value.asBigDecimal());
            case FLOAT -> sb.append('`').append(ionFloat(value.asDouble())).append('`');
            case STRING -> appendQuoted(sb, value.asString(), '\'');
            case SYMBOL -> {
                sb.append("`'");
                appendIonEscaped(sb, value.asString());
                sb.append("'`");
            }
            case BLOB ->
                    sb.append("`{{")
                            .append(Base64.getEncoder().encodeToString(value.asBytes()))
                            .append("}}`");
            case CLOB -> appendClob(sb, value.asBytes());
            case DATE -> {
                sb.append("DATE '");
                TemporalText.appendDate(sb, ((DateValue) value).date());
                sb.append('\'');
            }
            case TIME -> appendTime(sb, (TimeValue) value);
            case TIMESTAMP -> appendTimestamp(sb, (TimestampValue) value);
            case INTERVAL_YEAR_MONTH -> {
                sb.append("INTERVAL '");
                TemporalText.appendYearMonth(sb, (IntervalYearMonthValue) value);
                sb.append("' YEAR TO MONTH");
            }
            case INTERVAL_DAY_TIME -> {
                sb.append("INTERVAL '");
                TemporalText.appendDayTime(sb, (IntervalDayTimeValue) value);
                sb.append("' DAY TO SECOND");
            }
            case LIST -> appendElements(sb, value, "[", "]");
            case BAG -> appendElements(sb, value, "<<", ">>");
            case SEXP -> appendElements(sb, value, "sexp(", ")");
            case STRUCT -> appendStruct(sb, value);
        }
    }

    /** Ion text of a double: {@code 1.5e0}, {@code nan}, {@code +inf}, {@code -inf}. */
    public static String ionFloat(double d) {
        if (Double.isNaN(d)) {
            return "nan";
        }
        if (Double.isInfinite(d)) {
            return d > 0 ? "+inf" : "-inf";
        }
        String s = Double.toString(d); // 1.5, 1.0E10, 1.0E-5
        int e = s.indexOf('E');
        return e < 0 ? s + "e0" : s.substring(0, e) + 'e' + s.substring(e + 1);
    }

    private static void appendNull(StringBuilder sb, NullValue value) {
        String ionType = ionTypeName(value.declaredKind());
        if (ionType == null) {
            sb.append("NULL");
        } else {
            sb.append("`null.").append(ionType).append('`');
        }
    }

    /** The Ion type name of a kind ({@code int}, {@code decimal}, ...), or null if Ion has none. */
    private static String ionTypeName(ValueKind kind) {
        return switch (kind) {
            case BOOL -> "bool";
            case INT -> "int";
            case DECIMAL -> "decimal";
            case FLOAT -> "float";
            case STRING -> "string";
            case SYMBOL -> "symbol";
            case BLOB -> "blob";
            case CLOB -> "clob";
            case TIMESTAMP -> "timestamp";
            case LIST -> "list";
            case SEXP -> "sexp";
            case STRUCT -> "struct";
            default -> null;
        };
    }

    private static void appendDecimal(StringBuilder sb, BigDecimal d) {
        String s = d.toString();
        sb.append(s);
        if (s.indexOf('.') < 0 && s.indexOf('E') < 0) {
            sb.append('.'); // 1. is a DECIMAL, 1 an INT
        }
    }

    private static void appendQuoted(StringBuilder sb, String s, char quote) {
        sb.append(quote);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == quote) {
                sb.append(quote); // PartiQL doubles the quote
            }
            sb.append(c);
        }
        sb.append(quote);
    }

    private static void appendIonEscaped(StringBuilder sb, String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\'' || c == '\\') {
                sb.append('\\');
            }
            sb.append(c);
        }
    }

    private static void appendClob(StringBuilder sb, byte[] bytes) {
        sb.append("`{{\"");
        for (byte b : bytes) {
            int c = b & 0xFF;
            if (c == '"' || c == '\\') {
                sb.append('\\').append((char) c);
            } else if (c >= 0x20 && c < 0x7F) {
                sb.append((char) c);
            } else {
                sb.append("\\x").append(Character.forDigit(c >> 4, 16));
                sb.append(Character.forDigit(c & 0xF, 16));
            }
        }
        sb.append("\"}}`");
    }

    private static void appendTime(StringBuilder sb, TimeValue t) {
        sb.append(t.hasTimeZone() ? "TIME WITH TIME ZONE '" : "TIME '");
        TemporalText.appendTime(sb, t.time(), t.precision());
        if (t.hasTimeZone()) {
            TemporalText.appendOffset(sb, t.offset());
        }
        sb.append('\'');
    }

    private static void appendTimestamp(StringBuilder sb, TimestampValue t) {
        sb.append(t.hasTimeZone() ? "TIMESTAMP WITH TIME ZONE '" : "TIMESTAMP '");
        TemporalText.appendDate(sb, t.dateTime().toLocalDate());
        sb.append(' ');
        TemporalText.appendTime(sb, t.dateTime().toLocalTime(), t.precision());
        if (t.hasTimeZone()) {
            TemporalText.appendOffset(sb, t.offset());
        }
        sb.append('\'');
    }

    private static void appendElements(StringBuilder sb, Value c, String open, String close) {
        sb.append(open);
        for (int i = 0, n = c.size(); i < n; i++) {
            if (i > 0) {
                sb.append(", ");
            }
            append(sb, c.get(i));
        }
        sb.append(close);
    }

    private static void appendStruct(StringBuilder sb, Value s) {
        sb.append('{');
        for (int i = 0, n = s.fieldCount(); i < n; i++) {
            if (i > 0) {
                sb.append(", ");
            }
            appendQuoted(sb, s.fieldName(i), '\'');
            sb.append(": ");
            append(sb, s.fieldValue(i));
        }
        sb.append('}');
    }
}
