package org.partiqlvm.examples.etl;

import org.apache.flink.api.common.accumulators.LongCounter;
import org.apache.flink.api.common.functions.OpenContext;
import org.apache.flink.api.common.functions.RichMapFunction;

/**
 * Passes records through and counts them in a job accumulator, so the client can print exact totals
 * when the job ends (summed over all parallel subtasks).
 *
 * @param <T> the record type
 */
public final class CountingMap<T> extends RichMapFunction<T, T> {

    private static final long serialVersionUID = 1L;

    private final String accumulator;
    private transient LongCounter counter;

    /** Counts into the accumulator named {@code accumulator}. */
    public CountingMap(String accumulator) {
        this.accumulator = accumulator;
    }

    @Override
    public void open(OpenContext openContext) {
        counter = new LongCounter();
        getRuntimeContext().addAccumulator(accumulator, counter);
    }

    @Override
    public T map(T value) {
        counter.add(1L);
        return value;
    }
}
