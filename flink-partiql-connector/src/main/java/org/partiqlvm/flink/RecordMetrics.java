package org.partiqlvm.flink;

import org.apache.flink.annotation.Internal;
import org.apache.flink.metrics.Counter;
import org.apache.flink.metrics.Histogram;
import org.apache.flink.metrics.MetricGroup;
import org.apache.flink.runtime.metrics.DescriptiveStatisticsHistogram;

/**
 * The per-record metrics of one query on one subtask, registered once in a metric group and kept
 * for the life of the subtask (a query replaced at runtime keeps counting in the same metrics).
 */
@Internal
public final class RecordMetrics {

    /** How many timing samples the {@code evaluationNanos} histogram keeps. */
    static final int TIMING_WINDOW = 1024;

    final Counter recordsIn;
    final Counter rowsOut;
    final Counter recordsWithoutRows;
    final Counter recordsSkipped;
    final Counter recordsDeadLettered;
    final Histogram evaluationNanos;

    private RecordMetrics(MetricGroup group) {
        recordsIn = group.counter("recordsIn");
        rowsOut = group.counter("rowsOut");
        recordsWithoutRows = group.counter("recordsWithoutRows");
        recordsSkipped = group.counter("recordsSkipped");
        recordsDeadLettered = group.counter("recordsDeadLettered");
        evaluationNanos =
                group.histogram(
                        "evaluationNanos", new DescriptiveStatisticsHistogram(TIMING_WINDOW));
    }

    /**
     * Registers {@code recordsIn}, {@code rowsOut}, {@code recordsWithoutRows}, {@code
     * recordsSkipped}, {@code recordsDeadLettered} and the sampled {@code evaluationNanos}
     * histogram in {@code group}.
     */
    public static RecordMetrics register(MetricGroup group) {
        return new RecordMetrics(group);
    }
}
