package org.partiqlvm.flink.table;

import java.io.IOException;
import java.io.Serializable;
import org.apache.flink.metrics.MetricGroup;
import org.apache.flink.table.data.RowData;
import org.apache.flink.util.Collector;
import org.partiqlvm.flink.DeadLetter;
import org.partiqlvm.flink.PartiQLFlatMapFunction;
import org.partiqlvm.flink.PartiQLRecordRunner;
import org.partiqlvm.flink.codec.InputCodec;

/**
 * The per-subtask side of the SQL functions and the format: the shared {@link PartiQLRecordRunner}
 * (one VM per subtask, built in {@link #open}; metrics in the {@code partiql} group) and, under
 * {@code on-error = 'dead-letter'}, this subtask's {@link DeadLetterFile}.
 */
final class SqlRunner implements Serializable {

    private static final long serialVersionUID = 1L;

    private final PartiQLRecordRunner<Object, RowData> runner;
    private final String deadLetterPath;

    private transient DeadLetterFile deadLetters;

    SqlRunner(SqlStatement statement, InputCodec<Object> input, SqlRowCodec output) {
        this.runner =
                new PartiQLRecordRunner<>(
                        statement.plan(), input, output, statement.settings(), null);
        this.deadLetterPath = statement.deadLetterPath();
    }

    /**
     * Creates the VM and registers the metrics in {@code operatorGroup}'s {@code partiql} group.
     */
    void open(MetricGroup operatorGroup) {
        runner.open(operatorGroup.addGroup(PartiQLFlatMapFunction.METRIC_GROUP));
        if (deadLetterPath != null) {
            deadLetters = new DeadLetterFile(deadLetterPath);
        }
    }

    /**
     * Runs the statement on {@code record}, emitting all of its rows or none; a bad record is
     * failed, skipped or written to the dead-letter file per the policy.
     */
    void run(Object record, Collector<RowData> out) {
        DeadLetter letter = runner.run(record, out);
        if (letter != null) {
            deadLetters.write(letter, record instanceof byte[] bytes ? bytes : null);
        }
    }

    /** Closes the dead-letter file and releases the VM. */
    void close() throws IOException {
        runner.close();
        if (deadLetters != null) {
            deadLetters.close();
            deadLetters = null;
        }
    }
}
