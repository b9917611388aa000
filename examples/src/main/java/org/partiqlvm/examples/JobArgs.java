package org.partiqlvm.examples;

import org.apache.flink.configuration.StateRecoveryOptions;
import org.apache.flink.core.execution.CheckpointingMode;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;
import org.apache.flink.util.ParameterTool;

/**
 * The arguments every example job shares, read before anything else: {@code --parallelism N}
 * (default 2) and {@code --checkpoint-interval MS} (default 0: no checkpointing), plus the bundled
 * data files as defaults that are looked up only when their argument is absent.
 */
public final class JobArgs {

    /** The parallelism when {@code --parallelism} is not given. */
    public static final int DEFAULT_PARALLELISM = 2;

    private JobArgs() {}

    /**
     * Sets the job's parallelism and, with {@code --checkpoint-interval MS > 0}, exactly-once
     * checkpoints every MS milliseconds; returns the interval (0 when checkpointing is off).
     */
    public static long configure(StreamExecutionEnvironment env, ParameterTool params) {
        return configure(env, params, 0L);
    }

    /** As {@link #configure(StreamExecutionEnvironment, ParameterTool)}, with another default. */
    public static long configure(
            StreamExecutionEnvironment env, ParameterTool params, long defaultCheckpointInterval) {
        env.setParallelism(params.getInt("parallelism", DEFAULT_PARALLELISM));
        long interval = params.getLong("checkpoint-interval", defaultCheckpointInterval);
        if (interval > 0) {
            env.enableCheckpointing(interval, CheckpointingMode.EXACTLY_ONCE);
        }
        return interval;
    }

    /**
     * The value of {@code --key}, or the bundled {@code examples/data/NAME} when it is absent (only
     * then is the bundled file looked for, so a job runs from any folder when given its inputs).
     */
    public static String pathOrBundled(ParameterTool params, String key, String bundledName) {
        return params.has(key) ? params.get(key) : BundledData.path(bundledName);
    }

    /** Whether the job is being started from a savepoint or a retained checkpoint. */
    public static boolean restoring(StreamExecutionEnvironment env) {
        return env.getConfiguration().getOptional(StateRecoveryOptions.SAVEPOINT_PATH).isPresent();
    }
}
