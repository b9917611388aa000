package org.partiqlvm.examples.rules;

import java.time.Duration;
import org.apache.flink.api.common.RuntimeExecutionMode;
import org.apache.flink.api.common.eventtime.WatermarkStrategy;
import org.apache.flink.api.java.tuple.Tuple2;
import org.apache.flink.connector.file.src.FileSource;
import org.apache.flink.connector.file.src.reader.TextLineInputFormat;
import org.apache.flink.core.fs.Path;
import org.apache.flink.streaming.api.datastream.DataStream;
import org.apache.flink.streaming.api.datastream.SingleOutputStreamOperator;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;
import org.apache.flink.util.ParameterTool;
import org.partiqlvm.engine.UdfRegistry;
import org.partiqlvm.examples.JobArgs;
import org.partiqlvm.examples.JsonLinesSink;
import org.partiqlvm.examples.Throttle;
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
 * order JSON lines from {@code --events} (default the bundled orders), spread evenly over all
 * parallel subtasks and replayed at {@code --events-per-second} per subtask (default 500) so that
 * the rule changes can be seen. A rule that does not compile is reported and the rules before it
 * keep running. The active rules live in broadcast state, so they survive failures and savepoints.
 *
 * <p>Alerts go to stdout, or with {@code --output DIR} to {@code DIR/alerts-*.jsonl} as {@code
 * {"rule": ID, "row": ROW}} lines; with {@code --checkpoint-interval MS} those files are committed
 * by exactly-once checkpoints. Rejected rules are printed. {@code --parallelism N} as in every
 * example.
 */
public final class DynamicRulesJob {

    private DynamicRulesJob() {}

    /** Runs the job; see the class comment for the arguments. */
    public static void main(String[] args) throws Exception {
        ParameterTool params = ParameterTool.fromArgs(args);
        String events = JobArgs.pathOrBundled(params, "events", "orders.jsonl");
        String rules = JobArgs.pathOrBundled(params, "rules", "rules.jsonl");
        StreamExecutionEnvironment env = StreamExecutionEnvironment.getExecutionEnvironment();
        JobArgs.configure(env, params);
        env.setRuntimeMode(RuntimeExecutionMode.STREAMING);
        SingleOutputStreamOperator<Tuple2<String, String>> alerts =
                build(
                        env,
                        events,
                        rules,
                        params.has("watch"),
                        params.getInt("events-per-second", 500));
        alerts.getSideOutput(PartiQLBroadcastFunction.REJECTED_UPDATES)
                .map(RejectedUpdate::toString)
                .print("rejected rule");
        if (params.has("output")) {
            alerts.map(new AlertJson())
                    .name("alert as JSON")
                    .sinkTo(JsonLinesSink.to(new Path(params.get("output")), "alerts"))
                    .name("alerts")
                    .uid("alerts-sink");
        } else {
            alerts.print("alert");
        }
        env.execute("DynamicRulesJob");
    }

    /** The alerts of the job built on {@code env}: (rule id, row as JSON). */
    public static SingleOutputStreamOperator<Tuple2<String, String>> build(
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
                        .uid("rules-source")
                        .flatMap(new RuleParser())
                        .setParallelism(1)
                        .name("parse rules")
                        .uid("parse-rules");
        // One events file is one split, read by one source subtask: rebalance so that every
        // subtask of the rules operator gets events.
        DataStream<String> orders =
                env.fromSource(
                                FileSource.forRecordStreamFormat(
                                                new TextLineInputFormat(), new Path(events))
                                        .build(),
                                WatermarkStrategy.noWatermarks(),
                                "orders")
                        .setParallelism(1)
                        .uid("orders-source")
                        .rebalance()
                        .map(new Throttle<String>(eventsPerSecond))
                        .name("replay rate")
                        .uid("replay-rate");
        return orders.connect(updates.broadcast(PartiQLBroadcastFunction.QUERIES))
                .process(
                        new PartiQLBroadcastFunction<>(
                                "orders",
                                new JsonStringInputCodec(),
                                new JsonStringOutputCodec(),
                                new QuerySettings("rules", BadRecordPolicy.SKIP, 1_000),
                                UdfRegistry.empty()))
                .name("PartiQL rules")
                .uid("partiql-rules");
    }
}
