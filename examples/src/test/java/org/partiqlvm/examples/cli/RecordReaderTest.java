package org.partiqlvm.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class RecordReaderTest {

    /** Each record as "line:value" and each bad record as "line:BAD". */
    private static List<String> read(String text, InputFormat format) throws Exception {
        List<String> seen = new ArrayList<>();
        try (RecordReader reader =
                new RecordReader(
                        new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), format)) {
            while (true) {
                try {
                    InputRecord r = reader.next();
                    if (r == null) {
                        return seen;
                    }
                    seen.add(r.line() + ":" + r.value());
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
    void goodValuesBeforeAnErrorOnTheSameLineAreKept() throws Exception {
        assertThat(read("1 2 }\n3\n", InputFormat.JSON))
                .containsExactly("1:1", "1:2", "1:BAD", "2:3");
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
    void bracketsInsideQuotesAndCommentsDoNotCount() {
        assertThat(RecordReader.openBrackets("{a: \"{[(\", b: '(' // {\n}")).isZero();
        assertThat(RecordReader.openBrackets("{a: [1, (2")).isEqualTo(3);
    }
}
