package org.partiqlvm.flink.dynamic;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.apache.flink.api.java.tuple.Tuple2;
import org.apache.flink.streaming.runtime.streamrecord.StreamRecord;
import org.apache.flink.streaming.util.BroadcastOperatorTestHarness;
import org.apache.flink.streaming.util.ProcessFunctionTestHarnesses;
import org.junit.jupiter.api.Test;
import org.partiqlvm.engine.UdfRegistry;
import org.partiqlvm.flink.DeadLetter;
import org.partiqlvm.flink.QuerySettings;
import org.partiqlvm.flink.codec.InputCodec;
import org.partiqlvm.flink.codec.JsonBytesInputCodec;
import org.partiqlvm.flink.codec.JsonStringInputCodec;
import org.partiqlvm.flink.codec.JsonStringOutputCodec;
import org.partiqlvm.flink.codec.MapInputCodec;
import org.partiqlvm.flink.error.BadRecordPolicy;

/**
 * With several active queries, the dynamic-query operator decodes each record once, keeping what
 * any query observes: every query still gets exactly the rows and dead letters it gets alone, also
 * as queries come and go, and with a codec that cannot share.
 */
class SharedDecodingTest {

    private static final QueryUpdate USERS =
            QueryUpdate.add("users", "SELECT VALUE r.user.name FROM stream AS r");
    private static final QueryUpdate TOTALS =
            QueryUpdate.add(
                    "totals",
                    "SELECT r.id, SUM(i.qty * i.price) AS total"
                            + " FROM stream AS r, r.items AS i GROUP BY r.id");
    private static final QueryUpdate WHOLE =
            QueryUpdate.add("whole", "SELECT VALUE r FROM stream AS r WHERE r.id = 2");

    private static final String[] RECORDS = {
        "{\"id\": 1, \"user\": {\"name\": \"ann\", \"age\": 7}, \"items\": [{\"qty\": 2, \"price\": 1.50}]}",
        "{\"id\": 2, \"user\": {\"name\": \"bob\"}, \"items\": [{\"qty\": 1, \"price\": 0.25},"
                + " {\"qty\": 3, \"price\": 2}], \"note\": \"x\"}",
        "{\"id\": 3, \"user\": ",
        "{\"id\": 4, \"items\": []}",
    };

    @Test
    void everyQueryGetsWhatItGetsAlone() throws Exception {
        List<String> together = run(new JsonStringInputCodec(), List.of(USERS, TOTALS, WHOLE));
        List<String> alone = new ArrayList<>();
        for (QueryUpdate q : List.of(USERS, TOTALS, WHOLE)) {
            alone.addAll(run(new JsonStringInputCodec(), List.of(q)));
        }
        assertThat(together).containsExactlyInAnyOrderElementsOf(alone);
        assertThat(together)
                .contains(
                        "users: \"ann\"",
                        "totals: {\"id\":2,\"total\":6.25}",
                        "whole: {\"id\":2,\"user\":{\"name\":\"bob\"},\"items\":[{\"qty\":1,"
                                + "\"price\":0.25},{\"qty\":3,\"price\":2}],\"note\":\"x\"}",
                        "dead letter users MALFORMED_RECORD",
                        "dead letter totals MALFORMED_RECORD",
                        "dead letter whole MALFORMED_RECORD");
    }

    @Test
    void queriesComingAndGoingKeepTheirResults() throws Exception {
        BroadcastOperatorTestHarness<String, QueryUpdate, Tuple2<String, String>> h =
                harness(new JsonStringInputCodec());
        h.processBroadcastElement(USERS, 0);
        h.processElement(RECORDS[0], 1);
        h.processBroadcastElement(TOTALS, 2); // now shared
        h.processElement(RECORDS[1], 3);
        h.processBroadcastElement(QueryUpdate.remove("users"), 4); // alone again
        h.processElement(RECORDS[0], 5);
        assertThat(rows(h))
                .containsExactly( // per record, the queries in id order
                        "users: \"ann\"",
                        "totals: {\"id\":2,\"total\":6.25}",
                        "users: \"bob\"",
                        "totals: {\"id\":1,\"total\":3.00}");
    }

    @Test
    void bytesAreSharedToo() throws Exception {
        BroadcastOperatorTestHarness<byte[], QueryUpdate, Tuple2<String, String>> h =
                ProcessFunctionTestHarnesses.forBroadcastProcessFunction(
                        function(new JsonBytesInputCodec()), PartiQLBroadcastFunction.QUERIES);
        h.processBroadcastElement(USERS, 0);
        h.processBroadcastElement(TOTALS, 0);
        h.processElement(RECORDS[1].getBytes(java.nio.charset.StandardCharsets.UTF_8), 1);
        assertThat(rows(h)).containsExactly("totals: {\"id\":2,\"total\":6.25}", "users: \"bob\"");
    }

    @Test
    void codecsOfJavaObjectsShareTheirDecodeToo() throws Exception {
        assertThat(new MapInputCodec().openShared(List.of())).isTrue();
        BroadcastOperatorTestHarness<
                        java.util.Map<String, Object>, QueryUpdate, Tuple2<String, String>>
                h =
                        ProcessFunctionTestHarnesses.forBroadcastProcessFunction(
                                function(new MapInputCodec()), PartiQLBroadcastFunction.QUERIES);
        h.processBroadcastElement(USERS, 0);
        h.processBroadcastElement(TOTALS, 0);
        h.processElement(
                java.util.Map.of(
                        "id", 7, "user", java.util.Map.of("name", "cy"), "items", List.of()),
                1);
        assertThat(rows(h)).containsExactly("users: \"cy\"");
    }

    @Test
    void aCodecThatCannotShareDecodesPerQueryWithTheSameRows() throws Exception {
        CountingCodec.DECODES.set(0);
        List<String> out = run(new NonSharingCodec(), List.of(USERS, TOTALS, WHOLE));
        assertThat(out)
                .containsExactlyInAnyOrderElementsOf(
                        run(new JsonStringInputCodec(), List.of(USERS, TOTALS, WHOLE)));
        assertThat(CountingCodec.DECODES.get()).isEqualTo(3 * RECORDS.length);
    }

    /** A codec of a user's that does not say it can serve several plans. */
    private static final class NonSharingCodec implements InputCodec<String> {
        private static final long serialVersionUID = 1L;
        private final CountingCodec counting = new CountingCodec();

        @Override
        public void open(org.partiqlvm.engine.CompiledPlan plan) {
            counting.open(plan);
        }

        @Override
        public org.partiqlvm.value.Value decode(String record) {
            return counting.decode(record);
        }
    }

    @Test
    void eachRecordIsDecodedOnceForAllQueries() throws Exception {
        CountingCodec.DECODES.set(0);
        List<String> out = run(new CountingCodec(), List.of(USERS, TOTALS, WHOLE));
        assertThat(out).hasSize(9); // 3 + 2 + 1 rows, 3 dead letters
        assertThat(CountingCodec.DECODES.get()).isEqualTo(RECORDS.length); // not 3 per record
    }

    /** JSON text input counting its decodes (all copies together). */
    private static final class CountingCodec implements InputCodec<String> {
        private static final long serialVersionUID = 1L;
        static final java.util.concurrent.atomic.AtomicInteger DECODES =
                new java.util.concurrent.atomic.AtomicInteger();
        private final JsonStringInputCodec json = new JsonStringInputCodec();

        @Override
        public void open(org.partiqlvm.engine.CompiledPlan plan) {
            json.open(plan);
        }

        @Override
        public boolean openShared(List<org.partiqlvm.engine.CompiledPlan> plans) {
            return json.openShared(plans);
        }

        @Override
        public org.partiqlvm.value.Value decode(String record) {
            DECODES.incrementAndGet();
            return json.decode(record);
        }
    }

    private static List<String> run(InputCodec<String> codec, List<QueryUpdate> queries)
            throws Exception {
        BroadcastOperatorTestHarness<String, QueryUpdate, Tuple2<String, String>> h =
                harness(codec);
        for (QueryUpdate q : queries) {
            h.processBroadcastElement(q, 0);
        }
        long t = 1;
        for (String record : RECORDS) {
            h.processElement(record, t++);
        }
        List<String> out = rows(h);
        for (StreamRecord<DeadLetter> letter :
                h.getSideOutput(PartiQLBroadcastFunction.DEAD_LETTERS)) {
            out.add("dead letter " + letter.getValue().queryId + " " + letter.getValue().errorType);
        }
        return out;
    }

    private static BroadcastOperatorTestHarness<String, QueryUpdate, Tuple2<String, String>>
            harness(InputCodec<String> codec) throws Exception {
        return ProcessFunctionTestHarnesses.forBroadcastProcessFunction(
                function(codec), PartiQLBroadcastFunction.QUERIES);
    }

    private static <IN> PartiQLBroadcastFunction<IN, String> function(InputCodec<IN> codec) {
        return new PartiQLBroadcastFunction<>(
                "stream",
                codec,
                new JsonStringOutputCodec(),
                new QuerySettings("q", BadRecordPolicy.DEAD_LETTER, 1000),
                UdfRegistry.empty());
    }

    private static List<String> rows(BroadcastOperatorTestHarness<?, ?, Tuple2<String, String>> h) {
        List<String> out = new ArrayList<>();
        for (Tuple2<String, String> row : h.extractOutputValues()) {
            out.add(row.f0 + ": " + row.f1);
        }
        return out;
    }
}
