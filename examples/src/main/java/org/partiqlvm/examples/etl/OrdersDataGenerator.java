package org.partiqlvm.examples.etl;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.StringWriter;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Random;

/**
 * Writes the bundled sample data {@code examples/data/orders.jsonl}: realistic nested web-shop
 * orders, one JSON object per line, from a fixed seed so the file is the same on every run.
 *
 * <p>Orders have a customer with an address, and 1–5 line items (sku, qty, unit_price, sometimes a
 * discount). Real data is untidy, so some fields are optional, some are null, emails carry spaces
 * and capitals, country codes come in either case, a few quantities are zero or strings, and about
 * one line in 400 is malformed JSON (truncated, a trailing comma, an unquoted key).
 *
 * <p>Regenerate with {@code java -cp examples/target/classes:<jackson-core.jar>
 * org.partiqlvm.examples.etl.OrdersDataGenerator examples/data/orders.jsonl [count] [seed]}.
 */
public final class OrdersDataGenerator {

    /** The seed and size of the bundled file. */
    public static final long SEED = 20261124L;

    public static final int COUNT = 3000;

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

    private final Random random;
    private final JsonFactory json = new JsonFactory();

    private OrdersDataGenerator(long seed) {
        this.random = new Random(seed);
    }

    /** Writes {@code count} lines of orders generated from {@code seed} to {@code out}. */
    public static void write(Writer out, int count, long seed) throws IOException {
        OrdersDataGenerator generator = new OrdersDataGenerator(seed);
        for (int i = 0; i < count; i++) {
            out.write(generator.line(100_000 + i));
            out.write('\n');
        }
    }

    /** {@code OrdersDataGenerator FILE [COUNT [SEED]]}. */
    public static void main(String[] args) throws IOException {
        if (args.length < 1) {
            System.err.println("usage: OrdersDataGenerator FILE [COUNT [SEED]]");
            System.exit(64);
        }
        int count = args.length > 1 ? Integer.parseInt(args[1]) : COUNT;
        long seed = args.length > 2 ? Long.parseLong(args[2]) : SEED;
        try (Writer out = Files.newBufferedWriter(Path.of(args[0]), StandardCharsets.UTF_8)) {
            write(out, count, seed);
        }
    }

    private String line(int orderId) throws IOException {
        String order = order(orderId);
        if (random.nextInt(400) != 0) {
            return order;
        }
        switch (random.nextInt(3)) {
            case 0:
                return order.substring(0, order.length() / 2); // truncated
            case 1:
                return order.substring(0, order.length() - 1) + ",}"; // trailing comma
            default:
                return order.replaceFirst("\"status\"", "status"); // unquoted key
        }
    }

    private String order(int orderId) throws IOException {
        StringWriter text = new StringWriter();
        try (JsonGenerator g = json.createGenerator(text)) {
            g.writeStartObject();
            g.writeNumberField("order_id", orderId);
            long placed = START + random.nextInt(300 * 24 * 3600);
            g.writeStringField("placed_at", Instant.ofEpochSecond(placed).toString());
            g.writeStringField("status", pick(STATUS));
            if (random.nextInt(5) != 0) {
                g.writeStringField("channel", pick(CHANNEL));
            }
            customer(g);
            lines(g);
            if (random.nextInt(6) == 0) {
                g.writeStringField("coupon", "SAVE" + (5 + random.nextInt(4) * 5));
            } else if (random.nextInt(10) == 0) {
                g.writeNullField("coupon");
            }
            g.writeEndObject();
        }
        return text.toString();
    }

    private void customer(JsonGenerator g) throws IOException {
        String first = pick(FIRST);
        String last = pick(LAST);
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

    private void lines(JsonGenerator g) throws IOException {
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

    private String pick(String[] choices) {
        return choices[random.nextInt(choices.length)];
    }
}
