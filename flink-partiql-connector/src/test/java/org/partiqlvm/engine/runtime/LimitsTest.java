package org.partiqlvm.engine.runtime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** The limits: defaults, names, parsing and ranges. */
class LimitsTest {

    @Test
    void defaultsAreTheDocumentedOnes() {
        Limits d = Limits.DEFAULTS;
        assertThat(d.rowsPerRecord()).isEqualTo(100_000);
        assertThat(d.workPerRecord()).isEqualTo(100_000_000L);
        assertThat(d.valueSize()).isEqualTo(16 * 1024 * 1024);
        assertThat(d.recordSize()).isEqualTo(64 * 1024 * 1024);
        assertThat(d.arenaSize()).isEqualTo(64 * 1024 * 1024);
        assertThat(d.nestingDepth()).isEqualTo(200);
        assertThat(d.toString())
                .isEqualTo(
                        "rows-per-record=100000, work-per-record=100000000, value-size=16777216,"
                                + " record-size=67108864, arena-size=67108864, nesting-depth=200");
    }

    @Test
    void parsesNameValueWithUnitsAndGrouping() {
        Limits l = Limits.of("rows-per-record=1_000", "value-size=1MB", " RECORD-SIZE = 2kb ");
        assertThat(l.rowsPerRecord()).isEqualTo(1000);
        assertThat(l.valueSize()).isEqualTo(1024 * 1024);
        assertThat(l.recordSize()).isEqualTo(2048);
        assertThat(l.get(Limits.WORK_PER_RECORD)).isEqualTo(Limits.DEFAULT_WORK_PER_RECORD);
        assertThat(l.with(Limits.WORK_PER_RECORD, 5).workPerRecord()).isEqualTo(5);
        assertThat(Limits.DEFAULTS.parse("nesting-depth=200")).isEqualTo(Limits.DEFAULTS);
    }

    @Test
    void rejectsUnknownNamesBadValuesAndOutOfRange() {
        assertThatThrownBy(() -> Limits.of("rows=3"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("unknown limit 'rows'")
                .hasMessageContaining("rows-per-record");
        assertThatThrownBy(() -> Limits.of("rows-per-record")).hasMessageContaining("name=value");
        assertThatThrownBy(() -> Limits.of("rows-per-record=many"))
                .hasMessageContaining("whole number");
        assertThatThrownBy(() -> Limits.of("rows-per-record=0")).hasMessageContaining("at least 1");
        assertThatThrownBy(() -> Limits.of("value-size=4GB")).hasMessageContaining("at most");
        assertThatThrownBy(() -> Limits.of("nesting-depth=5000")).hasMessageContaining("fixed");
    }

    @Test
    void isSerializableAndComparedByValue() throws Exception {
        Limits l = Limits.of("work-per-record=7");
        java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
        try (java.io.ObjectOutputStream out = new java.io.ObjectOutputStream(bytes)) {
            out.writeObject(l);
        }
        Limits copy;
        try (java.io.ObjectInputStream in =
                new java.io.ObjectInputStream(
                        new java.io.ByteArrayInputStream(bytes.toByteArray()))) {
            copy = (Limits) in.readObject();
        }
        assertThat(copy).isEqualTo(l).hasSameHashCodeAs(l).isNotEqualTo(Limits.DEFAULTS);
    }
}
