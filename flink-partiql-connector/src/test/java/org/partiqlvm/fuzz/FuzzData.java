package org.partiqlvm.fuzz;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Tuple;

/**
 * Random input for the fuzz suite: JSON records as plain Java trees (maps, lists, strings, numbers,
 * booleans, null) over a small set of field names the random statements read, their JSON text, and
 * mutations of that text (bytes changed, dropped, duplicated, cut).
 */
final class FuzzData {

    private FuzzData() {}

    /** Field names shared by the records and the statements, so that paths hit data. */
    static final List<String> FIELDS = List.of("a", "b", "c", "id", "xs", "tags", "n");

    /** A JSON record: an object of up to six fields, nested up to three levels. */
    static Arbitrary<Map<String, Object>> records() {
        return object(3);
    }

    private static Arbitrary<Map<String, Object>> object(int depth) {
        return Arbitraries.maps(Arbitraries.of(FIELDS), value(depth - 1))
                .ofMaxSize(6)
                .map(LinkedHashMap::new);
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static Arbitrary<Object> value(int depth) {
        Arbitrary<Object> scalar = (Arbitrary) scalars();
        if (depth <= 0) {
            return scalar;
        }
        Arbitrary<Object> list =
                (Arbitrary) Arbitraries.lazy(() -> value(depth - 1)).list().ofMaxSize(4);
        Arbitrary<Object> struct = (Arbitrary) Arbitraries.lazy(() -> object(depth - 1));
        return Arbitraries.frequencyOf(
                List.of(Tuple.of(6, scalar), Tuple.of(2, list), Tuple.of(2, struct)));
    }

    /** Scalars: numbers at the edges of their types, odd strings, booleans and null. */
    static Arbitrary<Object> scalars() {
        return Arbitraries.oneOf(
                Arbitraries.longs().map(Object.class::cast),
                Arbitraries.of(0L, -1L, Long.MAX_VALUE, Long.MIN_VALUE, 2L, 100L)
                        .map(Object.class::cast),
                Arbitraries.bigIntegers()
                        .between(BigInteger.TEN.pow(30).negate(), BigInteger.TEN.pow(30))
                        .map(Object.class::cast),
                Arbitraries.bigDecimals()
                        .between(new BigDecimal("-1e12"), new BigDecimal("1e12"))
                        .ofScale(3)
                        .map(Object.class::cast),
                Arbitraries.of("1e400", "-0.0", "1E-7", "12345678901234567890.5")
                        .map(BigDecimal::new)
                        .map(Object.class::cast),
                Arbitraries.strings().ofMaxLength(12).map(Object.class::cast),
                Arbitraries.of("", "x", "%_", "\u00e9\u4e2d\ud83d\ude00", "\\\"", "2021-01-01")
                        .map(Object.class::cast),
                Arbitraries.of(true, false).map(Object.class::cast),
                Arbitraries.just(null));
    }

    /** The JSON text of a Java tree. */
    static String json(Object v) {
        StringBuilder sb = new StringBuilder();
        write(v, sb, false);
        return sb.toString();
    }

    /** The Ion text of a Java tree: JSON, with decimals spelled as Ion decimals ({@code 1d400}). */
    static String ion(Object v) {
        StringBuilder sb = new StringBuilder();
        write(v, sb, true);
        return sb.toString();
    }

    @SuppressWarnings("unchecked")
    private static void write(Object v, StringBuilder sb, boolean ion) {
        if (v == null) {
            sb.append("null");
        } else if (v instanceof Map<?, ?> m) {
            sb.append('{');
            boolean first = true;
            for (Map.Entry<String, Object> e : ((Map<String, Object>) m).entrySet()) {
                if (!first) {
                    sb.append(", ");
                }
                first = false;
                writeString(e.getKey(), sb);
                sb.append(": ");
                write(e.getValue(), sb, ion);
            }
            sb.append('}');
        } else if (v instanceof List<?> l) {
            sb.append('[');
            for (int i = 0; i < l.size(); i++) {
                if (i > 0) {
                    sb.append(", ");
                }
                write(l.get(i), sb, ion);
            }
            sb.append(']');
        } else if (v instanceof String s) {
            writeString(s, sb);
        } else if (v instanceof BigDecimal d) {
            String text = d.toString();
            if (ion) {
                text = text.replace('E', 'd');
                text = text.indexOf('.') < 0 && text.indexOf('d') < 0 ? text + "." : text;
            }
            sb.append(text);
        } else {
            sb.append(v);
        }
    }

    private static void writeString(String s, StringBuilder sb) {
        sb.append('"');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '"' || c == '\\') {
                sb.append('\\').append(c);
            } else if (c < 0x20 || Character.isSurrogate(c)) {
                sb.append(String.format("\\u%04x", (int) c));
            } else {
                sb.append(c);
            }
        }
        sb.append('"');
    }

    /** A mutation of {@code bytes}: one to three edits at random places. */
    static Arbitrary<byte[]> mutated(byte[] bytes) {
        Arbitrary<Edit> edit =
                Combinators.combine(
                                Arbitraries.integers().between(0, 5),
                                Arbitraries.integers().between(0, Math.max(0, bytes.length)),
                                Arbitraries.of(
                                        (byte) '{',
                                        (byte) '}',
                                        (byte) '[',
                                        (byte) ']',
                                        (byte) '"',
                                        (byte) ',',
                                        (byte) ':',
                                        (byte) '\\',
                                        (byte) '0',
                                        (byte) 'e',
                                        (byte) '-',
                                        (byte) 0xFF,
                                        (byte) 0xC3,
                                        (byte) 0xE2,
                                        (byte) 0x80,
                                        (byte) 0,
                                        (byte) '\n',
                                        (byte) 0xEF))
                        .as(Edit::new);
        return edit.list().ofMinSize(1).ofMaxSize(3).map(edits -> apply(bytes, edits));
    }

    private record Edit(int kind, int at, byte b) {}

    private static byte[] apply(byte[] bytes, List<Edit> edits) {
        List<Byte> out = new ArrayList<>(bytes.length + 4);
        for (byte b : bytes) {
            out.add(b);
        }
        for (Edit e : edits) {
            int at = Math.min(e.at(), out.size());
            switch (e.kind()) {
                case 0 -> out.add(at, e.b()); // insert
                case 1 -> {
                    if (at < out.size()) {
                        out.set(at, e.b()); // replace
                    }
                }
                case 2 -> {
                    if (at < out.size()) {
                        out.remove(at); // delete
                    }
                }
                case 3 -> out.subList(at, out.size()).clear(); // truncate
                case 4 -> {
                    if (at < out.size()) {
                        out.add(at, out.get(at)); // duplicate
                    }
                }
                default -> {
                    if (at < out.size() && at + 1 < out.size()) {
                        Byte t = out.get(at); // swap
                        out.set(at, out.get(at + 1));
                        out.set(at + 1, t);
                    }
                }
            }
        }
        byte[] result = new byte[out.size()];
        for (int i = 0; i < result.length; i++) {
            result[i] = out.get(i);
        }
        return result;
    }
}
