package org.partiqlvm.benchmarks;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Random;

/**
 * The input of workload Q5: web-shop orders of the shape the examples' {@code OrdersDataGenerator}
 * writes (about 450 bytes each), as UTF-8 JSON bytes from a fixed seed.
 *
 * <p>An order has {@code order_id}, {@code placed_at}, {@code status} (one in nine cancelled),
 * often a {@code channel}, a {@code customer{id, name, email, tier, address{street, city, country,
 * zip}}} and 1–5 {@code lines[{sku, qty, unit_price, discount_pct}]}, sometimes a {@code coupon}.
 * The data is untidy as in the examples: a quarter of the emails carry spaces and capitals, half of
 * the customers have no tier, a country is null (1 in 12) or absent (1 in 12) and comes in either
 * case, one line in 12 has quantity 0, one in 150 a quantity written as a string, one in five a
 * discount. Unlike the examples' file no record is malformed (every contender must read every
 * record).
 */
public final class OrderRecordGenerator {

    private static final String[] FIRST = {
        "Ada",
        "Grace",
        "Alan",
        "Edsger",
        "Barbara",
        "Donald",
        "Frances",
        "Ken",
        "Margaret",
        "Niklaus",
        "Radia",
        "Tim",
        "Katherine",
        "John",
        "Hedy",
        "Dennis"
    };
    private static final String[] LAST = {
        "Lovelace", "Hopper", "Turing", "Dijkstra", "Liskov", "Knuth", "Allen", "Thompson",
        "Hamilton", "Wirth", "Perlman", "Berners-Lee", "Johnson", "Backus", "Lamarr", "Ritchie"
    };
    private static final String[][] CITIES = {
        {"Berlin", "de"},
        {"Munich", "DE"},
        {"Paris", "fr"},
        {"Lyon", "FR"},
        {"Madrid", "es"},
        {"Amsterdam", "nl"},
        {"Vienna", "at"},
        {"Zurich", "ch"},
        {"Seattle", "us"},
        {"Austin", "US"},
        {"Toronto", "ca"},
        {"Oslo", "no"}
    };
    private static final String[] STATUS = {
        "placed",
        "placed",
        "paid",
        "paid",
        "shipped",
        "shipped",
        "shipped",
        "delivered",
        "cancelled"
    };
    private static final String[] CHANNEL = {"web", "web", "app", "app", "phone"};
    private static final String[] TIERS = {"gold", "silver", "bronze"};
    private static final long START = Instant.parse("2026-01-01T00:00:00Z").getEpochSecond();
    private static final JsonFactory JSON = new JsonFactory();

    private OrderRecordGenerator() {}

    /** {@code n} orders from {@code seed}. */
    public static byte[][] orders(int n, long seed) {
        Random random = new Random(seed);
        byte[][] records = new byte[n][];
        for (int i = 0; i < n; i++) {
            records[i] = order(100_000 + i, random);
        }
        return records;
    }

    private static byte[] order(int orderId, Random random) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(512);
        try (JsonGenerator g = JSON.createGenerator(out)) {
            g.writeStartObject();
            g.writeNumberField("order_id", orderId);
            long placed = START + random.nextInt(300 * 24 * 3600);
            g.writeStringField("placed_at", Instant.ofEpochSecond(placed).toString());
            g.writeStringField("status", pick(STATUS, random));
            if (random.nextInt(5) != 0) {
                g.writeStringField("channel", pick(CHANNEL, random));
            }
            customer(g, random);
            lines(g, random);
            if (random.nextInt(6) == 0) {
                g.writeStringField("coupon", "SAVE" + (5 + random.nextInt(4) * 5));
            } else if (random.nextInt(10) == 0) {
                g.writeNullField("coupon");
            }
            g.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private static void customer(JsonGenerator g, Random random) throws IOException {
        String first = pick(FIRST, random);
        String last = pick(LAST, random);
        g.writeObjectFieldStart("customer");
        g.writeStringField("id", String.format("C%05d", random.nextInt(2000)));
        g.writeStringField("name", first + " " + last);
        String email = first + "." + last.replace("-", "") + "@example.com";
        if (random.nextInt(4) == 0) {
            email = "  " + email.toUpperCase() + " ";
        } else if (random.nextInt(3) == 0) {
            email = email.toLowerCase();
        }
        g.writeStringField("email", email);
        int tier = random.nextInt(6);
        if (tier < TIERS.length) {
            g.writeStringField("tier", TIERS[tier]);
        }
        String[] city = CITIES[random.nextInt(CITIES.length)];
        g.writeObjectFieldStart("address");
        g.writeStringField("street", (1 + random.nextInt(200)) + " Main Street");
        g.writeStringField("city", city[0]);
        int country = random.nextInt(12);
        if (country == 0) {
            g.writeNullField("country");
        } else if (country != 1) {
            g.writeStringField("country", city[1]); // absent when country == 1
        }
        g.writeStringField("zip", String.format("%05d", random.nextInt(100_000)));
        g.writeEndObject();
        g.writeEndObject();
    }

    private static void lines(JsonGenerator g, Random random) throws IOException {
        g.writeArrayFieldStart("lines");
        int n = 1 + random.nextInt(5);
        for (int i = 0; i < n; i++) {
            g.writeStartObject();
            g.writeStringField("sku", String.format("SKU-%04d", random.nextInt(500)));
            int qty = random.nextInt(12) == 0 ? 0 : 1 + random.nextInt(4);
            if (random.nextInt(150) == 0) {
                g.writeStringField("qty", String.valueOf(qty)); // a string where a number belongs
            } else {
                g.writeNumberField("qty", qty);
            }
            g.writeNumberField("unit_price", BigDecimal.valueOf(99 + random.nextInt(20_000), 2));
            if (random.nextInt(5) == 0) {
                g.writeNumberField("discount_pct", 5 * (1 + random.nextInt(6)));
            }
            g.writeEndObject();
        }
        g.writeEndArray();
    }

    private static String pick(String[] choices, Random random) {
        return choices[random.nextInt(choices.length)];
    }
}
