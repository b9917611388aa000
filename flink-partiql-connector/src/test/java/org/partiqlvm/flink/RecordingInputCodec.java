package org.partiqlvm.flink;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.partiqlvm.engine.CompiledPlan;
import org.partiqlvm.flink.codec.InputCodec;
import org.partiqlvm.flink.codec.JsonStringInputCodec;
import org.partiqlvm.value.Value;

/**
 * JSON text input that records, per test run, how often its subtask copies were opened (the runner
 * opens the codec where it creates the subtask's VM) and how many records each copy decoded.
 */
final class RecordingInputCodec implements InputCodec<String> {

    private static final long serialVersionUID = 1L;

    /** What one copy (one subtask) saw. */
    static final class Copy {
        final AtomicInteger opens = new AtomicInteger();
        final AtomicInteger records = new AtomicInteger();
    }

    private static final Map<String, Map<Integer, Copy>> RUNS = new ConcurrentHashMap<>();

    private final String run;
    private final JsonStringInputCodec json = new JsonStringInputCodec();
    private transient Copy copy;

    RecordingInputCodec(String run) {
        this.run = run;
    }

    /** The copies of run {@code run} that were opened, by identity. */
    static Map<Integer, Copy> copies(String run) {
        return RUNS.getOrDefault(run, Map.of());
    }

    @Override
    public void open(CompiledPlan plan) {
        copy =
                RUNS.computeIfAbsent(run, r -> new ConcurrentHashMap<>())
                        .computeIfAbsent(System.identityHashCode(this), k -> new Copy());
        copy.opens.incrementAndGet();
    }

    @Override
    public Value decode(String record) {
        copy.records.incrementAndGet();
        return json.decode(record);
    }
}
