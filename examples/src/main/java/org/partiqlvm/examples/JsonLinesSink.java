package org.partiqlvm.examples;

import org.apache.flink.api.common.serialization.SimpleStringEncoder;
import org.apache.flink.connector.file.sink.FileSink;
import org.apache.flink.core.fs.Path;
import org.apache.flink.streaming.api.functions.sink.filesystem.OutputFileConfig;
import org.apache.flink.streaming.api.functions.sink.filesystem.bucketassigners.BasePathBucketAssigner;
import org.apache.flink.streaming.api.functions.sink.filesystem.rollingpolicies.OnCheckpointRollingPolicy;

/**
 * Files of JSON lines, {@code PREFIX-*.jsonl} in one folder, written exactly once: a part file
 * becomes visible only when the checkpoint (or, in batch mode, the job) that covers it completes.
 */
public final class JsonLinesSink {

    private JsonLinesSink() {}

    /** A sink of JSON lines into {@code dir}; every checkpoint publishes what was written. */
    public static FileSink<String> to(Path dir, String prefix) {
        return FileSink.forRowFormat(dir, new SimpleStringEncoder<String>("UTF-8"))
                .withBucketAssigner(new BasePathBucketAssigner<>())
                .withRollingPolicy(OnCheckpointRollingPolicy.build())
                .withOutputFileConfig(
                        OutputFileConfig.builder()
                                .withPartPrefix(prefix)
                                .withPartSuffix(".jsonl")
                                .build())
                .build();
    }
}
