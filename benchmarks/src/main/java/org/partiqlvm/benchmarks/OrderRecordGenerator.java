package org.partiqlvm.benchmarks;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import org.partiqlvm.examples.etl.OrdersDataGenerator;

/**
 * The input of workload Q5: the web-shop orders of the examples' {@link OrdersDataGenerator} (about
 * 425 bytes each, its distribution of cancelled orders, absent and null fields, untidy emails and
 * country codes, zero and string quantities), as UTF-8 JSON bytes from a seed, without the lines it
 * makes malformed (every contender must read every record).
 */
public final class OrderRecordGenerator {

    private static final JsonFactory JSON = new JsonFactory();

    private OrderRecordGenerator() {}

    /** The first {@code n} well-formed orders the examples' generator writes from {@code seed}. */
    public static byte[][] orders(int n, long seed) {
        StringWriter text = new StringWriter();
        try {
            OrdersDataGenerator.write(text, n + n / 50 + 10, seed); // ~1 line in 400 is malformed
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        byte[][] records = new byte[n][];
        int kept = 0;
        for (String line : text.toString().split("\n")) {
            if (kept == n) {
                break;
            }
            if (wellFormed(line)) {
                records[kept++] = line.getBytes(StandardCharsets.UTF_8);
            }
        }
        if (kept < n) {
            throw new IllegalStateException("only " + kept + " well-formed orders of " + n);
        }
        return records;
    }

    private static boolean wellFormed(String line) {
        try (JsonParser p = JSON.createParser(line)) {
            p.skipChildren();
            while (p.nextToken() != null) {
                p.skipChildren();
            }
            return true;
        } catch (IOException malformed) {
            return false;
        }
    }
}
