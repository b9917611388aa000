package org.partiqlvm.value.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.util.Random;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.partiqlvm.value.Value;
import org.partiqlvm.value.ValueArena;
import org.partiqlvm.value.ValueDecodeException;

class JsonRecordReaderTest {

    private static final String[] RECORDS = {
        "{\"id\": 1, \"user\": {\"country\": \"DE\", \"x\": [1, {\"y\": 2}]}, \"items\": []}",
        "[1, 2.50, \"three\", null, true, {\"a\": {}}]",
        "  {\"id\": 2}  \n",
        "42",
        "\"just a string\"",
        "{\"id\": 3, \"skip\": [1, 2}",
        "{\"id\": 4, \"skip\": {\"deep\": [",
        "{\"id\": 5} {\"id\": 6}",
        "{\"id\": 7} trailing",
        "",
        "   ",
        "{\"id\": 8, \"big\": 123456789012345678901234567890, \"f\": 1e400, \"d\": 0.1}",
        "{\"id\": 9, \"id\": 10, \"ID\": 11}",
        "{\"id\": 12",
        "]",
        "{\"id\": 13, \"user\": \"not an object\"}",
    };

    private static String outcome(Runnable read, java.util.function.Supplier<Object> value) {
        try {
            return String.valueOf(value.get());
        } catch (ValueDecodeException e) {
            return "error: " + e.getMessage();
        }
    }

    @Test
    void textWithAnyCharactersIsReadIntoTheArenaAsJacksonReadsIt() {
        JsonRecordReader reader = JsonValueReader.standard().recordReader();
        ValueArena arena = new ValueArena();
        String[] texts = {
            "{\"name\": \"caf\u00e9 \u4e2d \ud83d\ude00\", \"\u00fcber\": [1, 2.50]}",
            "{\"plain\": \"ascii\", \"n\": -0.0}",
        };
        for (String text : texts) {
            Value v = reader.read(text, JsonProjection.all(), arena);
            assertThat(v.isReused()).as("read by the scanner: %s", text).isTrue();
            assertThat(v).isEqualTo(JsonValueReader.standard().read(text));
        }
        String loneSurrogate = "{\"s\": \"\ud800\"}"; // not UTF-8: read from the text itself
        assertThat(reader.read(loneSurrogate, JsonProjection.all(), arena))
                .isEqualTo(JsonValueReader.standard().read(loneSurrogate));
        assertThatThrownBy(() -> reader.read("{\"a\": \u00e9}", JsonProjection.all(), arena))
                .isInstanceOf(ValueDecodeException.class)
                .hasMessageContaining("column 7"); // a character position, as Jackson gives it
    }

    @Test
    void givesExactlyWhatAFreshReadGivesRecordAfterRecord() {
        JsonRecordReader reader = JsonValueReader.standard().recordReader();
        JsonProjection[] projections = {
            JsonProjection.all(), projection("id", "user.country"), projection("skip", "items")
        };
        Random random = new Random(3);
        for (int i = 0; i < 3_000; i++) {
            byte[] record =
                    RECORDS[random.nextInt(RECORDS.length)].getBytes(StandardCharsets.UTF_8);
            JsonProjection p = projections[random.nextInt(projections.length)];
            String expected = outcome(null, () -> JsonValueReader.standard().read(record, p));
            String actual = outcome(null, () -> reader.read(record, p));
            assertThat(actual).as(new String(record, StandardCharsets.UTF_8)).isEqualTo(expected);
        }
    }

    @Test
    void aReusedParserAllocatesLessThanAParserPerRecord() {
        Assumptions.assumeTrue(
                ManagementFactory.getThreadMXBean() instanceof com.sun.management.ThreadMXBean);
        com.sun.management.ThreadMXBean threads =
                (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        byte[] record = RECORDS[0].getBytes(StandardCharsets.UTF_8);
        JsonProjection p = projection("id");
        JsonRecordReader reader = JsonValueReader.standard().recordReader();
        long sink = 0;
        for (int i = 0; i < 50_000; i++) { // warm-up
            sink +=
                    reader.read(record, p).hashCode()
                            + JsonValueReader.standard().read(record, p).hashCode();
        }
        long thread = Thread.currentThread().getId();
        long t0 = threads.getThreadAllocatedBytes(thread);
        for (int i = 0; i < 100_000; i++) {
            sink += reader.read(record, p).hashCode();
        }
        long t1 = threads.getThreadAllocatedBytes(thread);
        for (int i = 0; i < 100_000; i++) {
            sink += JsonValueReader.standard().read(record, p).hashCode();
        }
        long t2 = threads.getThreadAllocatedBytes(thread);

        double reused = (t1 - t0) / 100_000.0;
        double fresh = (t2 - t1) / 100_000.0;
        assertThat(sink).isNotZero();
        assertThat(fresh - reused).isGreaterThan(500); // the parser and its buffers, per record
    }

    private static JsonProjection projection(String... paths) {
        JsonProjection.Builder root = new JsonProjection.Builder();
        for (String path : paths) {
            JsonProjection.Builder node = root;
            for (String field : path.split("\\.")) {
                node = node.field(field);
            }
            node.all();
        }
        return root.build();
    }
}
