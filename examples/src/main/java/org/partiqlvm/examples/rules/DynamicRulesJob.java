package org.partiqlvm.examples.rules;

import java.time.Duration;
import org.apache.flink.api.common.eventtime.WatermarkStrategy;
import org.apache.flink.api.common.functions.MapFunction;
import org.apache.flink.api.java.tuple.Tuple2;
import org.apache.flink.connector.file.src.FileSource;
import org.apache.flink.connector.file.src.reader.TextLineInputFormat;
import org.apache.flink.core.fs.Path;
import org.apache.flink.streaming.api.datastream.DataStream;
import org.apache.flink.streaming.api.datastream.SingleOutputStreamOperator;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;
import org.apache.flink.util.ParameterTool;
import org.partiqlvm.engine.UdfRegistry;
import org.partiqlvm.examples.BundledData;
import org.partiqlvm.flink.QuerySettings;
import org.partiqlvm.flink.codec.JsonStringInputCodec;
import org.partiqlvm.flink.codec.JsonStringOutputCodec;
import org.partiqlvm.flink.dynamic.PartiQLBroadcastFunction;
import org.partiqlvm.flink.dynamic.QueryUpdate;
import org.partiqlvm.flink.dynamic.RejectedUpdate;
import org.partiqlvm.flink.error.BadRecordPolicy;

/**
 * A dynamic rules engine: order events are checked against rules, PartiQL statements that are
 * added, replaced and removed while the job runs, and every alert is tagged with its rule id.
 *
 * <p>Rules are JSON lines ({@link RuleParser}) read from {@code --rules} (default the bundled
 * {@code examples/data/rules.jsonl}); with {@code --watch}, the rules folder is watched and every
 * new file's rules apply from then on (add a file to change the rules of a running job). Events are
 * order JSON lines from {@code --events} (default the bundled orders), replayed at {@code
 * --events-per-second} (default 500) so that the rule changes can be seen. A rule that does not
 * compile is reported and the rules before it keep running. Alerts and rejected rules go to stdout.
 */
public final class DynamicRulesJob {

    private DynamicRulesJob() {}

    /** Runs the job; see the class comment for the arguments. */
    public static void main(String[] args) throws Exception {
        ParameterTool params = ParameterTool.fromArgs(args);
        StreamExecutionEnvironment env = StreamExecutionEnvironment.getExecutionEnvironment();
        env.setParallelism(params.getInt("parallelism", 2));
        build(
                env,
                params.get("events", BundledData.path("orders.jsonl")),
                params.get("rules", BundledData.path("rules.jsonl")),
                params.has("watch"),
                params.getInt("events-per-second", 500));
        env.execute("DynamicRulesJob");
    }

    /** The alerts of the job built on {@code env}; rejected rules are printed. */
    public static DataStream<Tuple2<String, String>> build(
            StreamExecutionEnvironment env,
            String events,
            String rules,
            boolean watchRules,
            int eventsPerSecond) {
        FileSource.FileSourceBuilder<String> rulesSource =
                FileSource.forRecordStreamFormat(new TextLineInputFormat(), new Path(rules));
        if (watchRules) {
            rulesSource.monitorContinuously(Duration.ofSeconds(1));
        }
        DataStream<QueryUpdate> updates =
                env.fromSource(rulesSource.build(), WatermarkStrategy.noWatermarks(), "rules")
                        .setParallelism(1)
                        .flatMap(new RuleParser())
                        .setParallelism(1)
                        .name("parse rules");
        DataStream<String> orders =
                env.fromSource(
                                FileSource.forRecordStreamFormat(
                                                new TextLineInputFormat(), new Path(events))
                                        .build(),
                                WatermarkStrategy.noWatermarks(),
                                "orders")
                        .map(new Throttle(eventsPerSecond))
                        .name("throttle");
        SingleOutputStreamOperator<Tuple2<String, String>> alerts =
                orders.connect(updates.broadcast(PartiQLBroadcastFunction.QUERIES))
                        .process(
                                new PartiQLBroadcastFunction<>(
                                        "orders",
                                        new JsonStringInputCodec(),
                                        new JsonStringOutputCodec(),
                                        new QuerySettings("rules", BadRecordPolicy.SKIP, 1_000),
                                        UdfRegistry.empty()))
                        .name("PartiQL rules");
        alerts.getSideOutput(PartiQLBroadcastFunction.REJECTED_UPDATES)
                .map(RejectedUpdate::toString)
                .print("rejected rule");
        alerts.print("alert");
        return alerts;
    }

    /** Passes at most {@code perSecond} records a second per subtask. */
    static final class Throttle implements MapFunction<String, String> {
        private final long nanosPerRecord;
        private long next;

        Throttle(int perSecond) {
            this.nanosPerRecord = perSecond <= 0 ? 0 : 1_000_000_000L / perSecond;
        }

        @Override
        public String map(String record) throws InterruptedException {
            long now = System.nanoTime();
            if (next > now) {
                Thread.sleep((next - now) / 1_000_000L, (int) ((next - now) % 1_000_000L));
            }
            next = Math.max(now, next) + nanosPerRecord;
            return record;
        }
    }
}
