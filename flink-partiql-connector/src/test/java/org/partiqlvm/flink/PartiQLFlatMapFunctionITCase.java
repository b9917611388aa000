package org.partiqlvm.flink;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.apache.flink.api.common.typeinfo.Types;
import org.apache.flink.api.java.typeutils.RowTypeInfo;
import org.apache.flink.configuration.Configuration;
import org.apache.flink.configuration.RestartStrategyOptions;
import org.apache.flink.streaming.api.datastream.DataStream;
import org.apache.flink.streaming.api.datastream.SingleOutputStreamOperator;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;
import org.apache.flink.test.junit5.MiniClusterExtension;
import org.apache.flink.types.Row;
import org.apache.flink.util.CloseableIterator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.partiqlvm.engine.Bindings;
import org.partiqlvm.engine.CompileOptions;
import org.partiqlvm.engine.CompiledPlan;
import org.partiqlvm.engine.PartiQLVM;
import org.partiqlvm.engine.PlanCompiler;
import org.partiqlvm.engine.ResultRow;
import org.partiqlvm.engine.ResultStream;
import org.partiqlvm.engine.UdfRegistry;
import org.partiqlvm.engine.runtime.EvalMode;
import org.partiqlvm.flink.codec.JsonStringInputCodec;
import org.partiqlvm.flink.codec.JsonStringOutputCodec;
import org.partiqlvm.flink.codec.RowOutputCodec;
import org.partiqlvm.flink.error.BadRecordPolicy;

/** {@link PartiQLFlatMapFunction} on a mini cluster (1 task manager, 2 slots), parallelism 2. */
class PartiQLFlatMapFunctionITCase {

    private static final String QUERY =
            "SELECT r.id, i.sku, i.qty * i.price AS total "
                    + "FROM stream AS r, r.items AS i WHERE i.qty > 0";

    @RegisterExtension static final MiniClusterExtension CLUSTER = TestClusters.twoSlots();

    @Test
    void givesTheSameRowsAsTheEngineRunDirectly() throws Exception {
        List<String> records = orders(300, new Random(42));
        CompiledPlan plan = PlanCompiler.compile(QUERY, CompileOptions.forStream("stream"));

        List<String> rows = runJob("same-rows", records, plan, BadRecordPolicy.FAIL);

        List<String> expected = runDirectly(plan, records);
        assertThat(expected).hasSizeGreaterThan(records.size());
        assertThat(rows).containsExactlyInAnyOrderElementsOf(expected);
        assertThat(CapturingMetricReporter.count("same-rows", "recordsIn")).isEqualTo(300);
        assertThat(CapturingMetricReporter.count("same-rows", "rowsOut"))
                .isEqualTo(expected.size());
        assertThat(CapturingMetricReporter.count("same-rows", "recordsSkipped")).isZero();
    }

    @Test
    void rowOutputGivesTheEngineRowsAsTypedFlinkRows() throws Exception {
        List<String> records = orders(200, new Random(7));
        CompiledPlan plan = PlanCompiler.compile(QUERY, CompileOptions.forStream("stream"));
        RowOutputCodec codec = RowOutputCodec.of(plan, Types.LONG, Types.STRING, Types.DOUBLE);
        Configuration jobConfig = new Configuration();
        jobConfig.set(RestartStrategyOptions.RESTART_STRATEGY, "disable");
        StreamExecutionEnvironment env =
                StreamExecutionEnvironment.getExecutionEnvironment(jobConfig);
        env.setParallelism(2);
        SingleOutputStreamOperator<Row> rows =
                env.fromData(records)
                        .rebalance()
                        .flatMap(
                                new PartiQLFlatMapFunction<>(
                                        plan,
                                        new JsonStringInputCodec(),
                                        codec,
                                        QuerySettings.defaults(plan.source(), BadRecordPolicy.FAIL),
                                        UdfRegistry.empty()));

        assertThat(rows.getType()).isInstanceOf(RowTypeInfo.class);
        assertThat(((RowTypeInfo) rows.getType()).getFieldNames())
                .containsExactly("id", "sku", "total");
        List<String> out = new ArrayList<>();
        try (CloseableIterator<Row> it = rows.executeAndCollect("row-output")) {
            it.forEachRemaining(
                    row ->
                            out.add(
                                    row.getField("id")
                                            + "|"
                                            + row.getField("sku")
                                            + "|"
                                            + row.getField("total")));
        }

        List<String> expected = new ArrayList<>();
        PartiQLVM vm = new PartiQLVM(plan);
        Bindings in = vm.newBindings();
        JsonStringInputCodec input = new JsonStringInputCodec();
        for (String record : records) {
            in.setStreamRecord(0, input.decode(record));
            try (ResultStream result = vm.execute(in)) {
                for (ResultRow row = result.nextRow(); row != null; row = result.nextRow()) {
                    expected.add(
                            row.getLong(0)
                                    + "|"
                                    + row.getString(1)
                                    + "|"
                                    + (row.isMissing(2) ? null : row.getDouble(2)));
                }
            }
        }
        assertThat(expected).hasSizeGreaterThan(records.size());
        assertThat(out).containsExactlyInAnyOrderElementsOf(expected);
    }

    @Test
    void skipDropsAndCountsMalformedRecordsAndStrictModeErrors() throws Exception {
        List<String> good = orders(200, new Random(7));
        List<String> bad =
                List.of(
                        "{\"id\": 1, \"items\": [",
                        "not json",
                        "{\"id\": 2} {\"id\": 3}",
                        "{\"id\": 4, \"items\": [{\"sku\": \"x\", \"qty\": \"lots\", \"price\": 1}]}");
        List<String> records = new ArrayList<>(good);
        for (int i = 0; i < bad.size(); i++) {
            records.add(40 * i + 3, bad.get(i));
        }
        CompiledPlan strict =
                PlanCompiler.compile(
                        QUERY, CompileOptions.forStream("stream").withMode(EvalMode.ERROR));

        List<String> rows = runJob("skip", records, strict, BadRecordPolicy.SKIP);

        assertThat(rows).containsExactlyInAnyOrderElementsOf(runDirectly(strict, good));
        assertThat(CapturingMetricReporter.count("skip", "recordsSkipped")).isEqualTo(4);
        assertThat(CapturingMetricReporter.count("skip", "recordsIn")).isEqualTo(204);
    }

    @Test
    void deadLetterSendsBadRecordsToTheSideOutputWithTheirTextAndError() throws Exception {
        List<String> good = orders(200, new Random(11));
        List<String> malformed = List.of("{\"id\": 1, \"items\": [", "not json");
        String typeError =
                "{\"id\": 4, \"items\": [{\"sku\": \"x\", \"qty\": \"lots\", \"price\": 1}]}";
        List<String> records = new ArrayList<>(good);
        records.add(10, malformed.get(0));
        records.add(90, malformed.get(1));
        records.add(150, typeError);
        CompiledPlan strict =
                PlanCompiler.compile(
                        QUERY, CompileOptions.forStream("stream").withMode(EvalMode.ERROR));
        Configuration jobConfig = new Configuration();
        jobConfig.set(RestartStrategyOptions.RESTART_STRATEGY, "disable");
        StreamExecutionEnvironment env =
                StreamExecutionEnvironment.getExecutionEnvironment(jobConfig);
        env.setParallelism(2);
        SingleOutputStreamOperator<String> rows =
                env.fromData(records)
                        .rebalance()
                        .process(
                                new PartiQLProcessFunction<>(
                                        strict,
                                        new JsonStringInputCodec(),
                                        new JsonStringOutputCodec(),
                                        QuerySettings.defaults(
                                                strict.source(), BadRecordPolicy.DEAD_LETTER),
                                        UdfRegistry.empty()));
        DataStream<DeadLetter> deadLetters =
                rows.getSideOutput(PartiQLProcessFunction.DEAD_LETTERS).rebalance();

        List<String> rowsOut = new ArrayList<>();
        List<DeadLetter> lettersOut = new ArrayList<>();
        try (CloseableIterator<String> rowIt = rows.collectAsync();
                CloseableIterator<DeadLetter> letterIt = deadLetters.collectAsync()) {
            env.executeAsync("dead-letter");
            rowIt.forEachRemaining(rowsOut::add);
            letterIt.forEachRemaining(lettersOut::add);
        }

        assertThat(rowsOut).containsExactlyInAnyOrderElementsOf(runDirectly(strict, good));
        assertThat(lettersOut)
                .extracting(letter -> letter.record)
                .containsExactlyInAnyOrder(malformed.get(0), malformed.get(1), typeError);
        assertThat(lettersOut)
                .filteredOn(letter -> letter.record.equals(typeError))
                .singleElement()
                .satisfies(
                        letter -> {
                            assertThat(letter.errorType).isEqualTo(DeadLetter.EVALUATION_ERROR);
                            assertThat(letter.line).isEqualTo(1);
                            assertThat(letter.column).isEqualTo(QUERY.indexOf("i.qty > 0") + 1);
                            assertThat(letter.query).isEqualTo(QUERY);
                        });
        assertThat(lettersOut)
                .filteredOn(letter -> !letter.record.equals(typeError))
                .allSatisfy(
                        letter -> {
                            assertThat(letter.errorType).isEqualTo(DeadLetter.MALFORMED_RECORD);
                            assertThat(letter.message).isNotBlank();
                        });
        assertThat(CapturingMetricReporter.count("dead-letter", "recordsIn"))
                .isEqualTo(records.size());
        assertThat(CapturingMetricReporter.count("dead-letter", "recordsDeadLettered"))
                .isEqualTo(3);
        assertThat(CapturingMetricReporter.count("dead-letter", "recordsSkipped")).isZero();
        // Every input record either produced its rows (possibly none) or became a dead letter.
        assertThat(good.size() + lettersOut.size()).isEqualTo(records.size());
    }

    @Test
    void failStopsTheJobNamingTheErrorAndTheRecord() {
        List<String> records = new ArrayList<>(orders(50, new Random(1)));
        records.add(25, "{\"id\": 99, \"items\": [");
        CompiledPlan plan = PlanCompiler.compile(QUERY, CompileOptions.forStream("stream"));

        assertThatThrownBy(() -> runJob("fail", records, plan, BadRecordPolicy.FAIL))
                .hasStackTraceContaining("BadRecordException")
                .hasStackTraceContaining("bad record in query 'q-")
                .hasStackTraceContaining("{\"id\": 99, \"items\": [");
    }

    @Test
    void readmeExampleRuns() throws Exception {
        // The README's "DataStream API" example, collecting instead of printing.
        StreamExecutionEnvironment env = StreamExecutionEnvironment.getExecutionEnvironment();
        DataStream<String> orders =
                env.fromData(
                        "{\"id\": 1, \"items\": [{\"sku\": \"a\", \"qty\": 2, \"price\": 1.25}]}",
                        "{\"id\": 2, \"items\": [{\"sku\": \"b\", \"qty\": 0, \"price\": 9}]}",
                        "not json");
        DataStream<String> totals =
                orders.flatMap(
                        PartiQLFlatMapFunction.json(
                                "SELECT r.id, i.sku, i.qty * i.price AS total "
                                        + "FROM stream AS r, r.items AS i WHERE i.qty > 0",
                                BadRecordPolicy.SKIP));

        List<String> out = new ArrayList<>();
        try (CloseableIterator<String> it = totals.executeAndCollect("order totals")) {
            it.forEachRemaining(out::add);
        }
        assertThat(out).containsExactly("{\"id\":1,\"sku\":\"a\",\"total\":2.50}");
    }

    @Test
    void readmeDeadLetterExampleRuns() throws Exception {
        // The README's DEAD_LETTER example, collecting instead of printing.
        StreamExecutionEnvironment env = StreamExecutionEnvironment.getExecutionEnvironment();
        DataStream<String> orders =
                env.fromData(
                        "{\"id\": 1, \"items\": [{\"sku\": \"a\", \"qty\": 2, \"price\": 1.25}]}",
                        "not json");
        SingleOutputStreamOperator<String> totals =
                orders.process(
                        PartiQLProcessFunction.json(
                                "SELECT r.id, i.sku, i.qty * i.price AS total "
                                        + "FROM stream AS r, r.items AS i WHERE i.qty > 0",
                                BadRecordPolicy.DEAD_LETTER));
        DataStream<DeadLetter> bad = totals.getSideOutput(PartiQLProcessFunction.DEAD_LETTERS);

        List<DeadLetter> out = new ArrayList<>();
        try (CloseableIterator<DeadLetter> it = bad.executeAndCollect("order totals")) {
            it.forEachRemaining(out::add);
        }
        assertThat(out)
                .singleElement()
                .asString()
                .matches(
                        "(?s)MALFORMED_RECORD in query q-[0-9a-f]{8} at 1:1: malformed JSON:"
                                + " Unrecognized token 'not'.*")
                .endsWith("record: not json");
    }

    private static List<String> runJob(
            String jobName, List<String> records, CompiledPlan plan, BadRecordPolicy policy)
            throws Exception {
        Configuration jobConfig = new Configuration();
        jobConfig.set(RestartStrategyOptions.RESTART_STRATEGY, "disable");
        StreamExecutionEnvironment env =
                StreamExecutionEnvironment.getExecutionEnvironment(jobConfig);
        env.setParallelism(2);
        DataStream<String> rows =
                env.fromData(records)
                        .rebalance()
                        .flatMap(
                                new PartiQLFlatMapFunction<>(
                                        plan,
                                        new JsonStringInputCodec(),
                                        new JsonStringOutputCodec(),
                                        QuerySettings.defaults(plan.source(), policy),
                                        UdfRegistry.empty()));
        List<String> out = new ArrayList<>();
        try (CloseableIterator<String> it = rows.executeAndCollect(jobName)) {
            it.forEachRemaining(out::add);
        }
        return out;
    }

    private static List<String> runDirectly(CompiledPlan plan, List<String> records) {
        PartiQLVM vm = new PartiQLVM(plan);
        Bindings in = vm.newBindings();
        JsonStringInputCodec input = new JsonStringInputCodec();
        JsonStringOutputCodec output = new JsonStringOutputCodec();
        List<String> out = new ArrayList<>();
        for (String record : records) {
            in.setStreamRecord(0, input.decode(record));
            try (ResultStream rows = vm.execute(in)) {
                for (ResultRow row = rows.nextRow(); row != null; row = rows.nextRow()) {
                    out.add(output.encode(row));
                }
            }
        }
        return out;
    }

    /** {@code n} orders with 0–4 items each, some with a zero or negative quantity. */
    private static List<String> orders(int n, Random random) {
        List<String> records = new ArrayList<>(n);
        for (int id = 0; id < n; id++) {
            StringBuilder json = new StringBuilder("{\"id\": ").append(id).append(", \"items\": [");
            int items = random.nextInt(5);
            for (int k = 0; k < items; k++) {
                json.append(k == 0 ? "" : ", ")
                        .append("{\"sku\": \"s")
                        .append(random.nextInt(1000))
                        .append("\", \"qty\": ")
                        .append(random.nextInt(6) - 1)
                        .append(", \"price\": ")
                        .append(random.nextInt(10_000) / 100.0)
                        .append('}');
            }
            records.add(json.append("]}").toString());
        }
        return records;
    }
}
