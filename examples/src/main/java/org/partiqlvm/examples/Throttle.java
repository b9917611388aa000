package org.partiqlvm.examples;

import org.apache.flink.api.common.functions.MapFunction;

/**
 * Passes at most {@code perSecond} records a second per subtask (0: no limit), so that a bounded
 * file replays like a live stream: rule changes, checkpoints and failures then happen mid-way.
 *
 * @param <T> the record type
 */
public final class Throttle<T> implements MapFunction<T, T> {

    private static final long serialVersionUID = 1L;

    private final long nanosPerRecord;
    private transient long next;

    /** At most {@code perSecond} records a second; 0 or less passes records unthrottled. */
    public Throttle(int perSecond) {
        this.nanosPerRecord = perSecond <= 0 ? 0 : 1_000_000_000L / perSecond;
    }

    @Override
    public T map(T record) throws InterruptedException {
        if (nanosPerRecord == 0) {
            return record;
        }
        long now = System.nanoTime();
        if (next > now) {
            Thread.sleep((next - now) / 1_000_000L, (int) ((next - now) % 1_000_000L));
        }
        next = Math.max(now, next) + nanosPerRecord;
        return record;
    }
}
