package org.partiqlvm.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.partiqlvm.value.ValueDecodeException;
import org.partiqlvm.value.ion.IonValueWriter;
import org.partiqlvm.value.json.JsonValueReader;

class RecordReaderTest {

    /** Each record as "line:value" and each bad record as "line:BAD". */
    private static List<String> read(String text, InputFormat format) throws Exception {
        return read(text.getBytes(StandardCharsets.UTF_8), format, 64 << 20);
    }

    /**
     * Reads as the CLI does: JSON records decoded by the caller (a record that does not decode is
     * reported back with {@link RecordReader#rejected}), records over the size limit bad.
     */
    private static List<String> read(byte[] bytes, InputFormat format, long maxRecordBytes)
            throws Exception {
        List<String> seen = new ArrayList<>();
        try (RecordReader reader =
                new RecordReader(new ByteArrayInputStream(bytes), format, maxRecordBytes)) {
            while (true) {
                try {
                    InputRecord r = reader.next();
                    if (r == null) {
                        return seen;
                    }
                    if (r.tooLarge()) {
                        seen.add(r.line() + ":BAD");
                    } else if (r.json() != null) {
                        try {
                            seen.add(r.line() + ":" + JsonValueReader.standard().read(r.json()));
                        } catch (ValueDecodeException e) {
                            reader.rejected(r);
                            seen.add(r.line() + ":BAD");
                        }
                    } else {
                        seen.add(r.line() + ":" + r.value());
                    }
                } catch (BadRecordException e) {
                    seen.add(e.line() + ":BAD");
                }
            }
        }
    }

    @Test
    void jsonLinesWithBlankLines() throws Exception {
        assertThat(read("1\n\n  \n{\"a\": 2}\n", InputFormat.JSON))
                .containsExactly("1:1", "4:{'a': 2}");
    }

    @Test
    void aTruncatedLineCostsOneRecordNotTheRest() throws Exception {
        assertThat(read("{\"a\": 1\n{\"b\": 2}\n[3,\n4]\n", InputFormat.JSON))
                .containsExactly("1:BAD", "2:{'b': 2}", "3:[3, 4]");
    }

    @Test
    void aJsonLineHoldsOneRecordAndTrailingContentMakesItBad() throws Exception {
        assertThat(
                        read(
                                "1 2 }\n3\n{\"a\": 1}}\n{\"a\": 2} {\"a\": 3}\n\"s\" x\n[4]  \r\n",
                                InputFormat.JSON))
                .containsExactly("1:BAD", "2:3", "3:BAD", "4:BAD", "5:BAD", "6:[4]");
    }

    @Test
    void ionTextMayHoldSeveralValuesOnALine() throws Exception {
        assertThat(read("1 2 {a: 3}\n4\n", InputFormat.ION))
                .containsExactly("1:1", "1:2", "1:{'a': 3}", "2:4");
    }

    @Test
    void inputEndingInsideAValueIsOneBadRecord() throws Exception {
        assertThat(read("1\n{\"a\":\n", InputFormat.JSON)).containsExactly("1:1", "2:BAD");
    }

    @Test
    void ionTextAcrossLinesWithCommentsAndStrings() throws Exception {
        assertThat(read("{a: \"}\", // }\n b: [1,\n 2]}\n(x y)\n", InputFormat.ION))
                .containsExactly("1:{'a': '}', 'b': [1, 2]}", "4:sexp(`'x'`, `'y'`)");
    }

    @Test
    void malformedIonIsABadRecord() throws Exception {
        assertThat(read("{a: 1}\n{a: ]}\n2\n", InputFormat.ION))
                .containsExactly("1:{'a': 1}", "2:BAD", "3:2");
    }

    @Test
    void bracketsInsideQuotesAndCommentsDoNotCount() throws Exception {
        assertThat(read("{a: \"{[(\", b: '(', c: '''{\n''' /* { */} // {\n3\n", InputFormat.ION))
                .containsExactly("1:{'a': '{[(', 'b': `'('`, 'c': '{\n'}", "3:3");
        assertThat(read("{\"a\": \"{[\\\"\"}\n{\"b\": 2}\n", InputFormat.JSON))
                .containsExactly("1:{'a': '{[\"'}", "2:{'b': 2}");
    }

    @Test
    @Timeout(60)
    void aValueSpanningOneHundredThousandLinesIsReadInLinearTime() throws Exception {
        StringBuilder pretty = new StringBuilder("{\n  \"xs\": [\n");
        for (int i = 0; i < 99_996; i++) {
            pretty.append("    ").append(i).append(",\n");
        }
        pretty.append("    -1\n  ]\n}\n{\"next\": true}\n");

        List<String> seen = read(pretty.toString(), InputFormat.JSON);

        assertThat(seen).hasSize(2);
        assertThat(seen.get(0)).startsWith("1:{'xs': [0, 1, 2,").endsWith(", -1]}");
        assertThat(seen.get(1)).isEqualTo("100002:{'next': true}");
    }

    @Test
    void aValueBrokenOnItsThirdLineIsOneBadRecordWithoutPhantomFragments() throws Exception {
        String broken = "{\n  \"a\": 1,\n  \"b\": 2 x\n  \"c\": {\"d\": 3}\n}\n{\"e\": 4}\n";
        String truncated = "{\n  \"a\": 1,\n  \"b\": [2,\n  \"c\": {\"d\": 3}\n}\n{\"e\": 4}\n";
        String overClosed = "{\n  \"a\": 1,\n  \"b\": 2]],\n  \"c\": {\"d\": 3}\n}\n{\"e\": 4}\n";

        assertThat(read(broken, InputFormat.JSON)).containsExactly("1:BAD", "6:{'e': 4}");
        assertThat(read(truncated, InputFormat.JSON)).containsExactly("1:BAD", "6:{'e': 4}");
        assertThat(read(overClosed, InputFormat.JSON)).containsExactly("1:BAD", "6:{'e': 4}");
        assertThat(read(broken.replace("\"", ""), InputFormat.ION))
                .containsExactly("1:BAD", "6:{'e': 4}");
    }

    @Test
    void invalidUtf8IsABadRecordNeverReplaced() throws Exception {
        byte[] json = utf8("{\"a\": \"x?y\"}\n{\"a\": \"ok\"}\n");
        json[8] = (byte) 0xFF;
        byte[] ion = utf8("{a: \"x?y\"}\n{a: \"ok\"}\n");
        ion[6] = (byte) 0xC3; // a lead byte followed by an ASCII byte

        assertThat(read(json, InputFormat.JSON, 1 << 20)).containsExactly("1:BAD", "2:{'a': 'ok'}");
        assertThat(read(ion, InputFormat.ION, 1 << 20)).containsExactly("1:BAD", "2:{'a': 'ok'}");
    }

    @Test
    void aLeadingByteOrderMarkIsSkipped() throws Exception {
        byte[] text = utf8("\uFEFF{\"a\": 1}\n");

        assertThat(read(text, InputFormat.JSON, 1 << 20)).containsExactly("1:{'a': 1}");
        assertThat(read(text, InputFormat.ION, 1 << 20)).containsExactly("1:{'a': 1}");
    }

    @Test
    void aRecordOverTheSizeLimitIsOneBadRecordAndIsNotHeld() throws Exception {
        String big = "{\"s\": \"" + "x".repeat(500) + "\"}";
        String bigPretty = "{\n  \"s\": [\n" + "    1,\n".repeat(100) + "    2\n  ]\n}";
        String input = "{\"a\": 1}\n" + big + "\n{\"a\": 2}\n" + bigPretty + "\n{\"a\": 3}\n";

        assertThat(read(utf8(input), InputFormat.JSON, 100))
                .containsExactly("1:{'a': 1}", "2:BAD", "3:{'a': 2}", "4:BAD", "109:{'a': 3}");
        assertThat(read(utf8(input.replace("\"", "")), InputFormat.ION, 100))
                .containsExactly("1:{'a': 1}", "2:BAD", "3:{'a': 2}", "4:BAD", "109:{'a': 3}");
    }

    @Test
    void anIonBinaryValueOverTheSizeLimitIsOneBadRecordAndIsNotHeld() throws Exception {
        java.io.ByteArrayOutputStream stream = new java.io.ByteArrayOutputStream();
        for (String json :
                new String[] {
                    "{\"a\": 1}", "{\"s\": \"" + "x".repeat(500) + "\"}", "{\"a\": 2}", "[3]"
                }) {
            stream.write(IonValueWriter.standard().toBinary(JsonValueReader.standard().read(json)));
        }
        byte[] binary = stream.toByteArray();

        assertThat(read(binary, InputFormat.ION, 100))
                .containsExactly("1:{'a': 1}", "2:BAD", "3:{'a': 2}", "4:[3]");
        assertThat(read(binary, InputFormat.ION, 1 << 20)).hasSize(4).doesNotContain("2:BAD");
    }

    @Test
    void anIonBinaryStreamEndingInsideAValueEndsWithOneBadRecord() throws Exception {
        byte[] whole =
                IonValueWriter.standard()
                        .toBinary(
                                JsonValueReader.standard().read("[1, \"" + "y".repeat(50) + "\"]"));
        byte[] two = new byte[whole.length * 2 - 10];
        System.arraycopy(whole, 0, two, 0, whole.length);
        System.arraycopy(whole, 0, two, whole.length, whole.length - 10);

        assertThat(read(two, InputFormat.ION, 1 << 20))
                .containsExactly("1:[1, '" + "y".repeat(50) + "']", "2:BAD");
    }

    @Test
    void deeplyNestedIonIsABadRecordNotAStackOverflow() throws Exception {
        String deep = "[".repeat(5_000) + "]".repeat(5_000);

        assertThat(read(deep + "\n{a: 1}\n", InputFormat.ION))
                .containsExactly("1:BAD", "2:{'a': 1}");
    }

    @Test
    void anIonTimestampWithAnOffsetBeyondEighteenHoursIsABadRecord() throws Exception {
        assertThat(read("2020-01-01T00:00+23:59\n2020-01-01T00:00+01:00\n", InputFormat.ION))
                .containsExactly("1:BAD", "2:TIMESTAMP WITH TIME ZONE '2020-01-01 00:00:00+01:00'");
    }

    private static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }
}
