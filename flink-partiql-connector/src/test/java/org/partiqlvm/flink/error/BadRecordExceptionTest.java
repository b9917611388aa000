package org.partiqlvm.flink.error;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.partiqlvm.value.ValueDecodeException;

class BadRecordExceptionTest {

    @Test
    void messageHoldsTheErrorAndTheRecord() {
        ValueDecodeException cause = new ValueDecodeException("unexpected end of input");

        BadRecordException e = new BadRecordException("q-orders", "{\"id\": 1,", cause);

        assertThat(e)
                .hasMessageContaining("query 'q-orders'")
                .hasMessageContaining("unexpected end of input")
                .hasMessageContaining("{\"id\": 1,");
        assertThat(e.getCause()).isSameAs(cause);
    }

    @Test
    void longRecordsAreTruncated() {
        String record = "x".repeat(BadRecordException.MAX_RECORD_CHARS + 50);

        BadRecordException e = new BadRecordException("q", record, new ValueDecodeException("bad"));

        assertThat(e.getMessage())
                .contains(
                        "x".repeat(BadRecordException.MAX_RECORD_CHARS)
                                + "... (50 more characters)")
                .doesNotContain("x".repeat(BadRecordException.MAX_RECORD_CHARS + 1));
    }
}
