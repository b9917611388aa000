package org.partiqlvm.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.util.Random;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Structs, lists and bags constructed per row come from the VM's arena: a statement that builds a
 * struct holding a list per row, JSON bytes in and JSON rows out, allocates nothing per record in
 * the steady state (the orders of {@link OrdersEtlAllocationTest}, measured as it does: best of
 * five passes after a warm-up). Bound: 16 bytes per record.
 */
class ConstructorAllocationTest {

    /** A struct with a computed string, a list of numbers (one computed) and a nested bag. */
    static final String CONSTRUCTED =
            "SELECT VALUE {'order': o.order_id, 'email': LOWER(TRIM(o.customer.email)),"
                    + " 'line': [l.sku, l.qty, l.qty * l.unit_price],"
                    + " 'tags': {'tier': COALESCE(o.customer.tier, 'standard'),"
                    + " 'all': <<UPPER(l.sku), o.status>>}}"
                    + " FROM orders AS o, o.lines AS l WHERE l.qty > 0";

    /** Constructed values as columns of a SELECT list, and a SELECT list with a star. */
    static final String COLUMNS =
            "SELECT o.order_id AS id, {'sku': LOWER(l.sku), 'qty': l.qty} AS line,"
                    + " [l.unit_price, l.qty * 2] AS nums, l.*"
                    + " FROM orders AS o, o.lines AS l";

    @ParameterizedTest
    @ValueSource(strings = {CONSTRUCTED, COLUMNS})
    void constructedValuesAllocateAtMostSixteenBytesPerRecord(String statement) throws IOException {
        Assumptions.assumeTrue(
                ManagementFactory.getThreadMXBean() instanceof com.sun.management.ThreadMXBean,
                "com.sun.management.ThreadMXBean is not available");
        byte[][] records = OrdersEtlAllocationTest.orders(4096, new Random(42));
        double perRecord = OrdersEtlAllocationTest.bytesPerRecord(statement, records);
        System.out.printf("%8.1f B/record  %s%n", perRecord, statement);
        assertThat(perRecord).isLessThanOrEqualTo(16);
    }
}
