package org.partiqlvm.flink.table;

import java.io.IOException;
import org.apache.flink.api.common.serialization.DeserializationSchema;
import org.apache.flink.api.common.typeinfo.TypeInformation;
import org.apache.flink.table.data.RowData;
import org.apache.flink.util.Collector;

/**
 * The {@code partiql-json} format's runtime decoder: each message (JSON bytes, read by the byte
 * scanner, only what the statement observes) runs through the shared {@link SqlRunner} and emits
 * its 0..n rows; a bad message is failed, skipped or dead-lettered per {@code on-error}. A null
 * message (a Kafka tombstone) yields no rows.
 */
final class PartiQLJsonDeserializer implements DeserializationSchema<RowData> {

    private static final long serialVersionUID = 1L;

    private final SqlRunner runner;
    private final TypeInformation<RowData> producedType;

    PartiQLJsonDeserializer(SqlRunner runner, TypeInformation<RowData> producedType) {
        this.runner = runner;
        this.producedType = producedType;
    }

    @Override
    public void open(InitializationContext context) {
        runner.open(context.getMetricGroup());
    }

    @Override
    public void deserialize(byte[] message, Collector<RowData> out) {
        if (message != null) {
            runner.run(message, out);
        }
    }

    /**
     * A message of at most one row; callers that can take several rows use {@link
     * #deserialize(byte[], Collector)}.
     *
     * @throws IOException if the message yields more than one row
     */
    @Override
    public RowData deserialize(byte[] message) throws IOException {
        RowData[] one = new RowData[1];
        int[] count = {0};
        deserialize(
                message,
                new Collector<>() {
                    @Override
                    public void collect(RowData row) {
                        one[0] = row;
                        count[0]++;
                    }

                    @Override
                    public void close() {}
                });
        if (count[0] > 1) {
            throw new IOException(
                    "the partiql-json message yields " + count[0] + " rows; this source takes one");
        }
        return one[0];
    }

    @Override
    public boolean isEndOfStream(RowData nextElement) {
        return false;
    }

    @Override
    public TypeInformation<RowData> getProducedType() {
        return producedType;
    }
}
