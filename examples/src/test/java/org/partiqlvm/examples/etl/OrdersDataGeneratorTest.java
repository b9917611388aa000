package org.partiqlvm.examples.etl;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.partiqlvm.value.ValueDecodeException;
import org.partiqlvm.value.json.JsonValueReader;

class OrdersDataGeneratorTest {

    static Path bundledData() {
        return Path.of(System.getProperty("examples.dir", "."), "data", "orders.jsonl");
    }

    @Test
    void bundledFileIsWhatTheGeneratorWritesFromItsSeed() throws Exception {
        StringWriter expected = new StringWriter();
        OrdersDataGenerator.write(expected, OrdersDataGenerator.COUNT, OrdersDataGenerator.SEED);

        assertThat(Files.readString(bundledData(), StandardCharsets.UTF_8))
                .isEqualTo(expected.toString());
    }

    @Test
    void aFewLinesAreMalformedAndTheRestAreOrders() throws Exception {
        int malformed = 0;
        int orders = 0;
        for (String line : Files.readAllLines(bundledData(), StandardCharsets.UTF_8)) {
            try {
                JsonValueReader.standard().read(line);
                orders++;
            } catch (ValueDecodeException e) {
                malformed++;
            }
        }
        assertThat(orders + malformed).isEqualTo(OrdersDataGenerator.COUNT);
        assertThat(malformed).isBetween(3, 30);
    }
}
