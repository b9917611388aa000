package org.partiqlvm.flink;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.flink.api.common.typeinfo.Types;
import org.apache.flink.api.java.typeutils.RowTypeInfo;
import org.apache.flink.runtime.jobgraph.JobGraph;
import org.apache.flink.runtime.jobgraph.JobVertex;
import org.apache.flink.streaming.api.datastream.DataStream;
import org.apache.flink.streaming.api.datastream.SingleOutputStreamOperator;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;
import org.apache.flink.test.junit5.MiniClusterExtension;
import org.apache.flink.types.Row;
import org.apache.flink.util.CloseableIterator;
import org.apache.flink.util.InstantiationUtil;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.partiqlvm.flink.error.BadRecordPolicy;
import org.partiqlvm.syntax.ParseException;

/** {@link PartiQLStream} end to end on a mini cluster, parallelism 2. */
class PartiQLStreamITCase {

    @RegisterExtension static final MiniClusterExtension CLUSTER = TestClusters.twoSlots();

    private static final String QUERY =
            "SELECT r.id, i.sku, i.qty * i.price AS total"
                    + " FROM stream AS r, r.items AS i WHERE i.qty > 0";

    @Test
    void readmeJsonToRowExampleRuns() throws Exception {
        // The README's "DataStream API" example, collecting instead of printing.
        StreamExecutionEnvironment env = StreamExecutionEnvironment.getExecutionEnvironment();
        DataStream<String> orders =
                env.fromData(
                        "{\"id\": 1, \"items\": [{\"sku\": \"a\", \"qty\": 2, \"price\": 1.25}]}",
                        "{\"id\": 2, \"items\": [{\"sku\": \"b\", \"qty\": 0, \"price\": 9}]}",
                        "not json");
        SingleOutputStreamOperator<Row> totals =
                PartiQLStream.query(
                                "SELECT r.id, i.sku, i.qty * i.price AS total"
                                        + " FROM stream AS r, r.items AS i WHERE i.qty > 0")
                        .outputRow(Types.LONG, Types.STRING, Types.BIG_DEC)
                        .onError(BadRecordPolicy.DEAD_LETTER)
                        .queryId("order-totals")
                        .applyTo(orders);
        DataStream<DeadLetter> bad = totals.getSideOutput(PartiQLStream.DEAD_LETTERS);

        assertThat(totals.getType()).isInstanceOf(RowTypeInfo.class);
        List<Row> rows = new ArrayList<>();
        try (CloseableIterator<Row> it = totals.executeAndCollect("readme-row")) {
            it.forEachRemaining(rows::add);
        }
        assertThat(rows).containsExactly(Row.of(1L, "a", new BigDecimal("2.50")));
        assertThat(rows.get(0).getField("sku")).isEqualTo("a");

        List<DeadLetter> letters = new ArrayList<>();
        try (CloseableIterator<DeadLetter> it = bad.executeAndCollect("readme-dead-letters")) {
            it.forEachRemaining(letters::add);
        }
        assertThat(letters)
                .singleElement()
                .satisfies(
                        l -> {
                            assertThat(l.queryId).isEqualTo("order-totals");
                            assertThat(l.record).isEqualTo("not json");
                            assertThat(l.errorType).isEqualTo(DeadLetter.MALFORMED_RECORD);
                        });
    }

    @Test
    void aBadStatementFailsWhenTheJobIsBuilt() {
        StreamExecutionEnvironment env = StreamExecutionEnvironment.getExecutionEnvironment();
        DataStream<String> records = env.fromData("{}");

        assertThatThrownBy(() -> PartiQLStream.query("SELECT FROM").applyTo(records))
                .isInstanceOf(ParseException.class)
                .hasMessageContaining("1:8");
        assertThatThrownBy(() -> PartiQLStream.query("1").applyTo(env.fromData(1L, 2L)))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("no input codec");
        assertThatThrownBy(() -> PartiQLStream.query("1").maxRowsPerRecord(0))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void everySetterReturnsANewValueAndLeavesItsReceiverAsItWas() throws Exception {
        StreamExecutionEnvironment env = StreamExecutionEnvironment.getExecutionEnvironment();
        PartiQLStream<Object, String> base =
                PartiQLStream.query("SELECT VALUE r.id FROM stream AS r");
        PartiQLStream<Object, String> named = base.queryId("named").onError(BadRecordPolicy.SKIP);
        PartiQLStream<Object, String> renamed = base.streamName("other");

        assertThat(named).isNotSameAs(base);
        // base still reads "stream" (renamed's statement would not compile), and keeps its id.
        SingleOutputStreamOperator<String> fromBase = base.applyTo(env.fromData("{}"));
        assertThat(fromBase.getName()).startsWith("PartiQL[q-");
        assertThat(named.applyTo(env.fromData("{}")).getName()).isEqualTo("PartiQL[named]");
        assertThatThrownBy(() -> renamed.applyTo(env.fromData("{}")))
                .hasMessageContaining("stream");
    }

    @Test
    void oneVmPerSubtaskServesEveryRecordOfThatSubtask() throws Exception {
        StreamExecutionEnvironment env = StreamExecutionEnvironment.getExecutionEnvironment();
        env.setParallelism(2);
        List<String> records = new ArrayList<>();
        for (int i = 0; i < 400; i++) {
            records.add(
                    "{\"id\": " + i + ", \"items\": [{\"sku\": \"s\", \"qty\": 1, \"price\": 2}]}");
        }
        SingleOutputStreamOperator<String> rows =
                PartiQLStream.query(QUERY)
                        .input(new RecordingInputCodec("one-vm"))
                        .applyTo(env.fromData(records).rebalance());

        List<String> out = new ArrayList<>();
        try (CloseableIterator<String> it = rows.executeAndCollect("one-vm")) {
            it.forEachRemaining(out::add);
        }

        assertThat(out).hasSize(400);
        Map<Integer, RecordingInputCodec.Copy> copies = RecordingInputCodec.copies("one-vm");
        assertThat(copies).hasSize(2); // one per subtask
        int total = 0;
        for (RecordingInputCodec.Copy copy : copies.values()) {
            assertThat(copy.opens.get()).isEqualTo(1); // the VM is created once, in open()
            assertThat(copy.records.get()).isPositive(); // records reach every subtask
            total += copy.records.get();
        }
        assertThat(total).isEqualTo(400);
        assertThat(CapturingMetricReporter.count("one-vm", "recordsIn")).isEqualTo(400);
        assertThat(CapturingMetricReporter.count("one-vm", "rowsOut")).isEqualTo(400);
        assertThat(CapturingMetricReporter.count("one-vm", "recordsWithoutRows")).isZero();
        assertThat(CapturingMetricReporter.histograms("one-vm", "evaluationNanos")).isEqualTo(2);
    }

    @Test
    void theCompiledPlanIsSerializedOnceIntoTheJobGraph() throws Exception {
        StreamExecutionEnvironment env = StreamExecutionEnvironment.getExecutionEnvironment();
        env.setParallelism(2);
        String marker = "SELECT VALUE r.marker_field_4711 FROM stream AS r";
        PartiQLStream.query(marker).applyTo(env.fromData("{}").rebalance()).print();

        JobGraph graph = env.getStreamGraph().getJobGraph();

        int copiesOfThePlan = 0;
        for (JobVertex vertex : graph.getVertices()) {
            byte[] config = InstantiationUtil.serializeObject(vertex.getConfiguration());
            copiesOfThePlan += occurrences(config, marker);
        }
        // The whole statement text is the plan's source: one plan, shipped once, for both subtasks.
        assertThat(copiesOfThePlan).isEqualTo(1);
    }

    @Test
    void zeroRowRecordsAndTheRowLimitAreCounted() throws Exception {
        StreamExecutionEnvironment env = StreamExecutionEnvironment.getExecutionEnvironment();
        env.setParallelism(2);
        DataStream<String> records =
                env.fromData(
                                "{\"xs\": []}",
                                "{\"xs\": [1]}",
                                "{\"xs\": [1, 2, 3]}",
                                "{\"xs\": [1, 2]}")
                        .rebalance();
        SingleOutputStreamOperator<String> rows =
                PartiQLStream.query("SELECT VALUE x FROM stream AS r, r.xs AS x")
                        .maxRowsPerRecord(2)
                        .onError(BadRecordPolicy.DEAD_LETTER)
                        .applyTo(records);
        DataStream<DeadLetter> bad = rows.getSideOutput(PartiQLStream.DEAD_LETTERS);
        bad.map(l -> l.errorType).print();

        List<String> out = new ArrayList<>();
        try (CloseableIterator<String> it = rows.executeAndCollect("row-limit")) {
            it.forEachRemaining(out::add);
        }

        assertThat(out).containsExactlyInAnyOrder("1", "1", "2");
        assertThat(CapturingMetricReporter.count("row-limit", "recordsIn")).isEqualTo(4);
        assertThat(CapturingMetricReporter.count("row-limit", "recordsWithoutRows")).isEqualTo(1);
        assertThat(CapturingMetricReporter.count("row-limit", "recordsDeadLettered")).isEqualTo(1);
        assertThat(CapturingMetricReporter.count("row-limit", "rowsOut")).isEqualTo(3);
    }

    private static int occurrences(byte[] haystack, String needle) {
        byte[] n = needle.getBytes(StandardCharsets.UTF_8);
        int count = 0;
        outer:
        for (int i = 0; i + n.length <= haystack.length; i++) {
            for (int j = 0; j < n.length; j++) {
                if (haystack[i + j] != n[j]) {
                    continue outer;
                }
            }
            count++;
        }
        return count;
    }
}
