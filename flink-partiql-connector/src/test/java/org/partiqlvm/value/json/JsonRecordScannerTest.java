package org.partiqlvm.value.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.partiqlvm.value.Value;
import org.partiqlvm.value.ValueArena;
import org.partiqlvm.value.ValueDecodeException;
import org.partiqlvm.value.ValueKind;

/**
 * Differential test of the byte-level fast path against Jackson: on valid records it must read
 * exactly the value Jackson reads (and not give up on ordinary JSON); on records broken by random
 * byte edits it must either agree with Jackson or give up, and never accept what Jackson rejects.
 */
class JsonRecordScannerTest {

    private static final JsonProjection[] PROJECTIONS = {
        JsonProjection.all(),
        projection(b -> b.field("id")),
        projection(
                b -> {
                    b.field("id");
                    b.field("user").field("country");
                    b.field("items").element().field("sku");
                    b.field("items").element().field("price");
                }),
        projection(b -> b.field("tags").element().all()),
        projection(b -> b.field("\u00fcber").all()),
    };

    private final ValueArena arena = new ValueArena();
    private final JsonRecordScanner scanner = new JsonRecordScanner();

    @Test
    void readsValidRecordsExactlyAsJacksonDoes() {
        Random random = new Random(11);
        int scanned = 0;
        for (int i = 0; i < 3000; i++) {
            String text = object(random, 0);
            byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
            for (JsonProjection p : PROJECTIONS) {
                Value expected = JsonValueReader.standard().read(bytes, p);
                arena.reset();
                Value actual = scanner.scan(bytes, bytes.length, p, arena);
                assertThat(actual).as("%s on %s", p, text).isNotNull();
                assertSameValue(actual, expected, text);
                scanned++;
            }
        }
        assertThat(scanned).isEqualTo(3000 * PROJECTIONS.length);
    }

    @Test
    void brokenRecordsAreReadAsJacksonReadsThemOrLeftToJackson() {
        Random random = new Random(12);
        int rejectedByJackson = 0;
        for (int i = 0; i < 20_000; i++) {
            byte[] bytes = mutate(object(random, 0).getBytes(StandardCharsets.UTF_8), random);
            JsonProjection p = PROJECTIONS[random.nextInt(PROJECTIONS.length)];
            Value expected;
            try {
                expected = JsonValueReader.standard().read(bytes, p);
            } catch (ValueDecodeException e) {
                expected = null;
                rejectedByJackson++;
            }
            arena.reset();
            Value actual = scanner.scan(bytes, bytes.length, p, arena);
            String text = new String(bytes, StandardCharsets.ISO_8859_1);
            if (expected == null) {
                assertThat(actual).as("accepted what Jackson rejects: %s", text).isNull();
            } else if (actual != null) {
                assertSameValue(actual, expected, text);
            }
        }
        assertThat(rejectedByJackson).isGreaterThan(5_000); // the edits do break records
    }

    @Test
    void leavesScalarsTrailingContentAndDeepNestingToJackson() {
        String deep = "[".repeat(JsonRecordScanner.MAX_DEPTH + 1) + "]".repeat(300);
        String longName = "{\"" + "n".repeat(50_001) + "\": 1}"; // beyond Jackson's name limit
        for (String text :
                new String[] {
                    "1", "\"a\"", "true", "{} x", "{}{}", "[1,]", "{\"a\":1,}", deep, longName
                }) {
            byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
            assertThat(scanner.scan(bytes, bytes.length, JsonProjection.all(), arena))
                    .as(text)
                    .isNull();
        }
    }

    @Test
    void aSkippedFieldNameBeyondJacksonsLimitIsLeftToJackson() {
        String text = "{\"a\": {\"" + "n".repeat(50_001) + "\": 1}, \"b\": 2}";
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        JsonProjection onlyB = projection(b -> b.field("b"));
        assertThat(scanner.scan(bytes, bytes.length, onlyB, arena)).isNull();
        assertThatThrownBy(() -> JsonValueReader.standard().read(bytes, onlyB))
                .isInstanceOf(ValueDecodeException.class);
    }

    @Test
    void readsOnlyTheGivenLengthOfABuffer() {
        byte[] bytes = "{\"a\": [1, 2.50]}garbage".getBytes(StandardCharsets.UTF_8);
        Value v = scanner.scan(bytes, 16, JsonProjection.all(), arena);
        assertThat(v).hasToString("{'a': [1, 2.50]}");
    }

    private static void assertSameValue(Value actual, Value expected, String text) {
        assertThat(actual).as(text).isEqualTo(expected); // exact: kinds, scales, field order
        assertThat(actual.toString()).as(text).isEqualTo(expected.toString());
        assertInternedNames(actual);
    }

    private static void assertInternedNames(Value v) {
        if (v.kind() == ValueKind.STRUCT) {
            for (int i = 0; i < v.fieldCount(); i++) {
                assertThat(v.fieldName(i)).isSameAs(v.fieldName(i).intern());
                assertInternedNames(v.fieldValue(i));
            }
        } else if (v.kind().isCollection()) {
            for (int i = 0; i < v.size(); i++) {
                assertInternedNames(v.get(i));
            }
        }
    }

    /** Bytes that matter to JSON syntax. */
    private static final String EDITS = "{}[]\":,\\ 0-.eE\u0001tfn\u00c3\u00a9";

    private static byte[] mutate(byte[] bytes, Random random) {
        byte[] out = bytes.clone();
        int edits = 1 + random.nextInt(2);
        for (int e = 0; e < edits && out.length > 1; e++) {
            int at = random.nextInt(out.length);
            switch (random.nextInt(4)) {
                case 0 -> out = java.util.Arrays.copyOf(out, at); // truncate
                case 1 -> out[at] = (byte) random.nextInt(256); // any byte
                case 2 -> out[at] = (byte) EDITS.charAt(random.nextInt(EDITS.length()));
                default -> { // delete one byte
                    byte[] shorter = new byte[out.length - 1];
                    System.arraycopy(out, 0, shorter, 0, at);
                    System.arraycopy(out, at + 1, shorter, at, out.length - at - 1);
                    out = shorter;
                }
            }
        }
        return out;
    }

    private static final String[] NAMES = {
        "id",
        "ID",
        "user",
        "User",
        "country",
        "items",
        "sku",
        "price",
        "tags",
        "a",
        "",
        "\u00fcber",
        "\u00dcBER",
        "na\\\"me",
        "\\u0069d",
        "emoji\ud83d\ude00"
    };

    private static String object(Random random, int depth) {
        StringBuilder s = new StringBuilder(space(random)).append('{');
        int n = random.nextInt(depth > 3 ? 2 : 6);
        for (int i = 0; i < n; i++) {
            s.append(i == 0 ? "" : ",").append(space(random));
            s.append('"').append(NAMES[random.nextInt(NAMES.length)]).append('"');
            s.append(space(random)).append(':').append(space(random));
            s.append(value(random, depth + 1));
        }
        return s.append(space(random)).append('}').append(space(random)).toString();
    }

    private static String value(Random random, int depth) {
        switch (random.nextInt(depth > 4 ? 5 : 8)) {
            case 0:
                return NUMBERS[random.nextInt(NUMBERS.length)];
            case 1:
                return STRINGS[random.nextInt(STRINGS.length)];
            case 2:
                return new String[] {"true", "false", "null"}[random.nextInt(3)];
            case 3:
                return String.valueOf(random.nextLong() >> random.nextInt(64));
            case 4:
                return (random.nextInt(2_000_000) - 1_000_000) / 100 + "." + random.nextInt(100);
            case 5:
            case 6:
                {
                    StringBuilder s = new StringBuilder("[");
                    int n = random.nextInt(4);
                    for (int i = 0; i < n; i++) {
                        s.append(i == 0 ? "" : ",").append(space(random));
                        s.append(value(random, depth + 1));
                    }
                    return s.append(space(random)).append(']').toString();
                }
            default:
                return object(random, depth);
        }
    }

    private static final String[] NUMBERS = {
        "0",
        "-0",
        "1",
        "-1",
        "0.0",
        "-0.0",
        "1.50",
        "12.345",
        "1e3",
        "1E-3",
        "-2.5e+10",
        "123456789012345678",
        "1234567890123456789",
        "-9223372036854775808",
        "9223372036854775808",
        "99999999999999999999999",
        "0.000000001",
        "1.000000000000000000001",
        "123456789012345678.9"
    };

    private static final String[] STRINGS = {
        "\"\"",
        "\"abc\"",
        "\"DE\"",
        "\"tab\\there\"",
        "\"quote\\\"d\"",
        "\"\\u00e9t\\u00E9\"",
        "\"\u00e9t\u00e9\"",
        "\"\u4e2d\u6587\"",
        "\"\ud83d\ude00\"",
        "\"\\ud83d\\ude00\"",
        "\"\\ud800 lone\"",
        "\"back\\\\slash\\/\"",
        "\"\\b\\f\\n\\r\""
    };

    private static String space(Random random) {
        return switch (random.nextInt(6)) {
            case 0 -> " ";
            case 1 -> "\n\t";
            case 2 -> "\r\n  ";
            default -> "";
        };
    }

    private static JsonProjection projection(
            java.util.function.Consumer<JsonProjection.Builder> f) {
        JsonProjection.Builder b = new JsonProjection.Builder();
        f.accept(b);
        return b.build();
    }
}
