package org.partiqlvm.examples.etl;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The counts the README shows for the main example are what the statement gives on the data. */
class ReadmeCountsTest {

    @Test
    void readmeSummaryMatchesTheEngineOnTheBundledData() throws Exception {
        Path readme = Path.of(System.getProperty("examples.dir", "."), "..", "README.md");
        String text = Files.readString(readme, StandardCharsets.UTF_8);

        List<String> rows = new ArrayList<>();
        int deadLetters = EngineRows.of(OrdersDataGeneratorTest.bundledData(), rows);

        assertThat(count(text, "records in")).isEqualTo(OrdersDataGenerator.COUNT).isEqualTo(3000);
        assertThat(count(text, "rows out")).isEqualTo(rows.size()).isEqualTo(7297);
        assertThat(count(text, "dead letters")).isEqualTo(deadLetters).isEqualTo(10);
        assertThat(text).contains(String.format("%,d nested orders", OrdersDataGenerator.COUNT));
    }

    /** The number after {@code " LABEL:"} in the README's summary block. */
    private static long count(String readme, String label) {
        Matcher m = Pattern.compile("(?m)^  " + label + ":\\s+(\\d+)$").matcher(readme);
        assertThat(m.find()).as("README summary line '%s'", label).isTrue();
        return Long.parseLong(m.group(1));
    }
}
