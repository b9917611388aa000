package org.partiqlvm.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.util.Random;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.partiqlvm.value.ValueArena;

/**
 * The examples' {@code queries/orders-etl.partiql} statement, JSON bytes in and JSON rows out,
 * allocates nothing per record in the steady state: the strings of LOWER, TRIM, UPPER and COALESCE
 * are characters in the VM's arena, the DECIMAL line total is computed on longs. Records have the
 * shape of the examples' {@code OrdersDataGenerator} (built here: this module cannot see the
 * examples). Measured with {@code com.sun.management.ThreadMXBean#getThreadAllocatedBytes} after a
 * warm-up, best of five passes (allocation, not time: stable on a busy machine). Bound: 16 bytes
 * per record.
 */
class OrdersEtlAllocationTest {

    /** The examples' {@code queries/orders-etl.partiql}, as shipped. */
    static final String ORDERS_ETL =
            "SELECT o.order_id AS order_id, o.placed_at AS placed_at,"
                    + " LOWER(TRIM(o.customer.email)) AS email,"
                    + " COALESCE(o.customer.tier, 'standard') AS tier,"
                    + " UPPER(COALESCE(o.customer.address.country, 'unknown')) AS country,"
                    + " l.sku AS sku, l.qty AS qty, l.unit_price AS unit_price,"
                    + " COALESCE(l.discount_pct, 0) AS discount_pct,"
                    + " CAST(l.qty * l.unit_price * (100 - COALESCE(l.discount_pct, 0)) / 100"
                    + " AS DECIMAL(12, 2)) AS line_total"
                    + " FROM orders AS o, o.lines AS l"
                    + " WHERE o.status <> 'cancelled' AND l.qty > 0";

    @Test
    void ordersEtlJsonToJsonAllocatesAtMostSixteenBytesPerRecord() throws IOException {
        Assumptions.assumeTrue(
                ManagementFactory.getThreadMXBean() instanceof com.sun.management.ThreadMXBean,
                "com.sun.management.ThreadMXBean is not available");
        byte[][] records = orders(4096, new Random(42));
        double perRecord = bytesPerRecord(ORDERS_ETL, records);
        assertThat(perRecord).isLessThanOrEqualTo(16);
    }

    /**
     * The parts of the statement one by one, for docs/benchmarks.md: run with {@code
     * -Dpartiql.arena.probe=true} to print each one's bytes per record.
     */
    @Test
    void probeThePartsOfTheStatement() throws IOException {
        Assumptions.assumeTrue(Boolean.getBoolean("partiql.arena.probe"), "a probe, on demand");
        byte[][] records = orders(4096, new Random(42));
        String from = " FROM orders AS o, o.lines AS l";
        String[] parts = {
            ORDERS_ETL,
            "SELECT l.sku AS sku" + from,
            "SELECT VALUE l.sku" + from,
            "SELECT LOWER(TRIM(o.customer.email)) AS email" + from,
            "SELECT UPPER(COALESCE(o.customer.address.country, 'unknown')) AS country" + from,
            "SELECT COALESCE(o.customer.tier, 'standard') AS tier" + from,
            "SELECT l.sku || '-' || o.customer.tier AS k" + from,
            "SELECT SUBSTRING(o.customer.email, 1, 5) AS k" + from,
            "SELECT l.sku AS sku" + from + " WHERE o.status <> 'cancelled' AND l.qty > 0",
            "SELECT l.sku AS sku" + from + " WHERE o.status <> 'cancelled'",
            "SELECT l.sku AS sku" + from + " WHERE l.qty > 0",
            "SELECT o.order_id AS order_id, o.placed_at AS placed_at" + from,
            "SELECT l.qty AS qty, l.unit_price AS unit_price" + from,
            "SELECT COALESCE(l.discount_pct, 0) AS discount_pct" + from,
            "SELECT CAST(l.qty * l.unit_price * (100 - COALESCE(l.discount_pct, 0)) / 100"
                    + " AS DECIMAL(12, 2)) AS line_total"
                    + from,
        };
        for (String statement : parts) {
            System.out.printf(
                    "%8.1f B/record  %s%n", bytesPerRecord(statement, records), statement);
        }
    }

    static double bytesPerRecord(String statement, byte[][] records) throws IOException {
        CompiledPlan plan = PlanCompiler.compile(statement, CompileOptions.forStream("orders"));
        return JsonInputAllocationTest.jsonBytesPerRecord(plan, records, new ValueArena());
    }

    private static final String[] FIRST = {"Ada", "Grace", "Alan", "Edsger", "Barbara", "Ken"};
    private static final String[] LAST = {"Lovelace", "Hopper", "Turing", "Berners-Lee", "Knuth"};
    private static final String[][] CITIES = {
        {"Berlin", "de"}, {"Munich", "DE"}, {"Paris", "fr"}, {"Austin", "US"}, {"Oslo", "no"}
    };
    private static final String[] STATUS = {"placed", "paid", "shipped", "delivered", "cancelled"};
    private static final String[] TIERS = {"gold", "silver", "bronze"};

    /**
     * Orders shaped as {@code OrdersDataGenerator}'s (well-formed ones): an email that is upper
     * case with blanks around it in one of four, lower case or mixed otherwise; tier and country
     * sometimes absent or null; 1..5 lines with a DECIMAL price and sometimes a discount.
     */
    static byte[][] orders(int n, Random random) {
        byte[][] records = new byte[n][];
        for (int i = 0; i < n; i++) {
            StringBuilder s = new StringBuilder(600);
            s.append("{\"order_id\":").append(100_000 + i);
            s.append(",\"placed_at\":\"2026-0").append(1 + random.nextInt(9)).append("-1");
            s.append(random.nextInt(10))
                    .append("T10:2")
                    .append(random.nextInt(10))
                    .append(":00Z\"");
            s.append(",\"status\":\"").append(STATUS[random.nextInt(STATUS.length)]).append('"');
            String first = FIRST[random.nextInt(FIRST.length)];
            String last = LAST[random.nextInt(LAST.length)];
            String email = first + "." + last.replace("-", "") + "@example.com";
            if (random.nextInt(4) == 0) {
                email = "  " + email.toUpperCase() + " ";
            } else if (random.nextInt(3) == 0) {
                email = email.toLowerCase();
            }
            s.append(",\"customer\":{\"id\":\"C0").append(1000 + random.nextInt(999)).append('"');
            s.append(",\"name\":\"").append(first).append(' ').append(last).append('"');
            s.append(",\"email\":\"").append(email).append('"');
            int tier = random.nextInt(6);
            if (tier < TIERS.length) {
                s.append(",\"tier\":\"").append(TIERS[tier]).append('"');
            }
            String[] city = CITIES[random.nextInt(CITIES.length)];
            s.append(",\"address\":{\"street\":\"").append(1 + random.nextInt(200));
            s.append(" Main Street\",\"city\":\"").append(city[0]).append('"');
            int country = random.nextInt(12);
            if (country == 0) {
                s.append(",\"country\":null");
            } else if (country != 1) {
                s.append(",\"country\":\"").append(city[1]).append('"');
            }
            s.append(",\"zip\":\"").append(10_000 + random.nextInt(89_999)).append("\"}}");
            s.append(",\"lines\":[");
            for (int k = 0, lines = 1 + random.nextInt(5); k < lines; k++) {
                s.append(k == 0 ? "{" : ",{");
                s.append("\"sku\":\"SKU-0").append(100 + random.nextInt(400)).append('"');
                s.append(",\"qty\":").append(random.nextInt(12) == 0 ? 0 : 1 + random.nextInt(4));
                int cents = 99 + random.nextInt(20_000);
                s.append(",\"unit_price\":").append(cents / 100).append('.');
                s.append(String.format("%02d", cents % 100));
                if (random.nextInt(5) == 0) {
                    s.append(",\"discount_pct\":").append(5 * (1 + random.nextInt(6)));
                }
                s.append('}');
            }
            records[i] = s.append("]}").toString().getBytes(StandardCharsets.UTF_8);
        }
        return records;
    }
}
