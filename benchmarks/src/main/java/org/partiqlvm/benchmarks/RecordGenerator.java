package org.partiqlvm.benchmarks;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.Random;

/**
 * The benchmark input: JSON records as UTF-8 bytes, the same for every contender, generated from a
 * fixed seed.
 *
 * <ul>
 *   <li>small (~150 bytes): {@code id}, {@code user{name, country}}, {@code amount}, {@code
 *       items[0..3]{sku, qty, price}};
 *   <li>large (~10 KB): the same fields plus deep nesting and many fields no query reads (metadata,
 *       an event history, tags, free text).
 * </ul>
 */
public final class RecordGenerator {

    private static final String[] COUNTRIES = {"DE", "FR", "NL", "US", "JP", "BR", "IN", "ES"};
    private static final JsonFactory JSON = new JsonFactory();

    private RecordGenerator() {}

    /** {@code n} small records from {@code seed}. */
    public static byte[][] small(int n, long seed) {
        Random random = new Random(seed);
        byte[][] records = new byte[n][];
        for (int i = 0; i < n; i++) {
            records[i] = record(i, random, false);
        }
        return records;
    }

    /** {@code n} large records from {@code seed}. */
    public static byte[][] large(int n, long seed) {
        Random random = new Random(seed);
        byte[][] records = new byte[n][];
        for (int i = 0; i < n; i++) {
            records[i] = record(i, random, true);
        }
        return records;
    }

    private static byte[] record(int id, Random random, boolean large) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(large ? 12_000 : 200);
        try (JsonGenerator g = JSON.createGenerator(out)) {
            g.writeStartObject();
            g.writeNumberField("id", 100_000 + id);
            if (large) {
                metadata(g, random);
            }
            g.writeObjectFieldStart("user");
            g.writeStringField("name", "user" + random.nextInt(100_000));
            g.writeStringField("country", COUNTRIES[random.nextInt(COUNTRIES.length)]);
            if (large) {
                g.writeObjectFieldStart("profile");
                for (int k = 0; k < 12; k++) {
                    g.writeStringField("attr" + k, "value-" + random.nextInt(1_000_000));
                }
                g.writeEndObject();
            }
            g.writeEndObject();
            g.writeNumberField("amount", BigDecimal.valueOf(random.nextInt(10_000), 2));
            g.writeArrayFieldStart("items");
            int items = random.nextInt(4);
            for (int k = 0; k < items; k++) {
                g.writeStartObject();
                g.writeStringField("sku", "sku-" + random.nextInt(1000));
                g.writeNumberField("qty", random.nextInt(5) - 1);
                g.writeNumberField("price", BigDecimal.valueOf(100 + random.nextInt(5_000), 2));
                if (large) {
                    g.writeStringField("description", text(random, 120));
                    g.writeArrayFieldStart("dimensions");
                    for (int d = 0; d < 3; d++) {
                        g.writeNumber(random.nextDouble());
                    }
                    g.writeEndArray();
                }
                g.writeEndObject();
            }
            g.writeEndArray();
            if (large) {
                history(g, random);
            }
            g.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private static void metadata(JsonGenerator g, Random random) throws IOException {
        g.writeObjectFieldStart("meta");
        g.writeStringField("source", "web-" + random.nextInt(50));
        g.writeObjectFieldStart("trace");
        g.writeObjectFieldStart("span");
        g.writeObjectFieldStart("context");
        for (int k = 0; k < 10; k++) {
            g.writeStringField("key" + k, Long.toHexString(random.nextLong()));
        }
        g.writeEndObject();
        g.writeEndObject();
        g.writeEndObject();
        g.writeArrayFieldStart("tags");
        for (int k = 0; k < 20; k++) {
            g.writeString("tag-" + random.nextInt(500));
        }
        g.writeEndArray();
        g.writeStringField("notes", text(random, 1500));
        g.writeEndObject();
    }

    private static void history(JsonGenerator g, Random random) throws IOException {
        g.writeArrayFieldStart("history");
        for (int k = 0; k < 40; k++) {
            g.writeStartObject();
            g.writeNumberField("ts", 1_700_000_000_000L + random.nextInt(1_000_000_000));
            g.writeStringField("event", "event-" + random.nextInt(30));
            g.writeObjectFieldStart("detail");
            g.writeNumberField("code", random.nextInt(600));
            g.writeStringField("message", text(random, 60));
            g.writeBooleanField("retry", random.nextBoolean());
            g.writeEndObject();
            g.writeEndObject();
        }
        g.writeEndArray();
    }

    private static String text(Random random, int length) {
        StringBuilder s = new StringBuilder(length);
        while (s.length() < length) {
            s.append((char) ('a' + random.nextInt(26)));
            if (random.nextInt(6) == 0) {
                s.append(' ');
            }
        }
        return s.toString();
    }
}
