package org.partiqlvm.flink.dynamic;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.apache.flink.api.java.tuple.Tuple2;
import org.apache.flink.runtime.checkpoint.OperatorSubtaskState;
import org.apache.flink.streaming.api.operators.co.CoBroadcastWithNonKeyedOperator;
import org.apache.flink.streaming.runtime.streamrecord.StreamRecord;
import org.apache.flink.streaming.util.BroadcastOperatorTestHarness;
import org.apache.flink.streaming.util.ProcessFunctionTestHarnesses;
import org.junit.jupiter.api.Test;
import org.partiqlvm.engine.UdfRegistry;
import org.partiqlvm.engine.runtime.Limits;
import org.partiqlvm.flink.DeadLetter;
import org.partiqlvm.flink.QuerySettings;
import org.partiqlvm.flink.codec.JsonStringInputCodec;
import org.partiqlvm.flink.codec.JsonStringOutputCodec;
import org.partiqlvm.flink.error.BadRecordPolicy;

/**
 * Issue 11, items 1 to 5 through the dynamic-rules operator: a rule that cannot run is rejected
 * when it is added (never kept in broadcast state), whatever its text; a hostile record is one dead
 * letter of the query it hurt, and the other queries and the next records go on.
 */
class HostileRulesTest {

    private static final QueryUpdate GOOD =
            QueryUpdate.add("good", "SELECT VALUE r.id FROM stream AS r");

    @Test
    void rulesThatCannotRunAreRejectedAndNeverKept() throws Exception {
        BroadcastOperatorTestHarness<String, QueryUpdate, Tuple2<String, String>> h =
                harness(Limits.DEFAULTS);
        List<QueryUpdate> hostile =
                List.of(
                        QueryUpdate.add("param", "SELECT VALUE s.a FROM stream AS s WHERE s.a = ?"),
                        QueryUpdate.add(
                                "dots", "SELECT VALUE s" + ".a".repeat(4000) + " FROM stream AS s"),
                        QueryUpdate.add(
                                "stars",
                                "SELECT VALUE s" + ".*".repeat(3000) + " FROM stream AS s"),
                        QueryUpdate.add(
                                "brackets",
                                "SELECT VALUE s" + "[*]".repeat(3000) + " FROM stream AS s"),
                        QueryUpdate.add("parens", "SELECT VALUE " + "(".repeat(100_000) + "1"),
                        QueryUpdate.add(
                                "sum",
                                "SELECT VALUE " + "r.id + ".repeat(20_000) + "0 FROM stream AS r"));
        h.processBroadcastElement(GOOD, 0);
        for (QueryUpdate update : hostile) {
            h.processBroadcastElement(update, 1);
        }
        List<String> rejected = new ArrayList<>();
        for (StreamRecord<RejectedUpdate> r :
                h.getSideOutput(PartiQLBroadcastFunction.REJECTED_UPDATES)) {
            rejected.add(r.getValue().update.queryId);
        }
        // every hostile rule that does not compile to something runnable is rejected; a path chain
        // the compiler accepts runs (its records are checked below), and so does a long sum
        assertThat(rejected).contains("param", "parens").doesNotContain("sum");
        List<String> kept = new ArrayList<>();
        h.getBroadcastState(PartiQLBroadcastFunction.QUERIES)
                .immutableEntries()
                .forEach(e -> kept.add(e.getKey()));
        assertThat(kept).doesNotContainAnyElementsOf(rejected).contains("good", "sum");

        h.processElement("{\"id\": 1, \"a\": 2}", 2);
        assertThat(h.extractOutputValues())
                .contains(Tuple2.of("good", "1"), Tuple2.of("sum", "20000"));
        assertThat(h.getSideOutput(PartiQLBroadcastFunction.DEAD_LETTERS)).isNullOrEmpty();
    }

    @Test
    void hostileRecordsAreDeadLettersOfTheQueryTheyHurt() throws Exception {
        BroadcastOperatorTestHarness<String, QueryUpdate, Tuple2<String, String>> h =
                harness(Limits.DEFAULTS.withWorkPerRecord(1_000_000).withRecordSize(10_000));
        h.processBroadcastElement(GOOD, 0);
        h.processBroadcastElement(
                QueryUpdate.add("cast", "SELECT VALUE CAST(r.p AS DECIMAL(12,2)) FROM stream AS r")
                        .inStrictMode(),
                0);
        h.processBroadcastElement(
                QueryUpdate.add(
                        "count",
                        "SELECT COUNT(*) AS n FROM stream AS r, r.a AS x, r.a AS y, r.a AS z"),
                0);
        h.processElement("{\"id\": 1, \"p\": 1e999999999, \"a\": [1, 2]}", 1);
        StringBuilder big = new StringBuilder("{\"id\": 2, \"p\": 1, \"a\": [0");
        for (int i = 1; i < 200; i++) {
            big.append(',').append(i);
        }
        h.processElement(big.append("]}").toString(), 2);
        h.processElement("{\"id\": 3, \"pad\": \"" + "x".repeat(20_000) + "\"}", 3);

        List<String> letters = new ArrayList<>();
        for (StreamRecord<DeadLetter> l : h.getSideOutput(PartiQLBroadcastFunction.DEAD_LETTERS)) {
            letters.add(l.getValue().queryId + " " + l.getValue().errorType);
        }
        assertThat(letters)
                .containsExactlyInAnyOrder(
                        "cast " + DeadLetter.EVALUATION_ERROR,
                        "count " + DeadLetter.LIMIT_EXCEEDED,
                        "good " + DeadLetter.LIMIT_EXCEEDED,
                        "cast " + DeadLetter.LIMIT_EXCEEDED,
                        "count " + DeadLetter.LIMIT_EXCEEDED);
        assertThat(h.extractOutputValues())
                .contains(
                        Tuple2.of("good", "1"),
                        Tuple2.of("good", "2"),
                        Tuple2.of("count", "{\"n\":8}"));
    }

    @Test
    void aRestoredRuleThatNoLongerCompilesIsRejectedAndTheOthersRun() throws Exception {
        OperatorSubtaskState snapshot;
        try (BroadcastOperatorTestHarness<String, QueryUpdate, Tuple2<String, String>> before =
                ProcessFunctionTestHarnesses.forBroadcastProcessFunction(
                        function("other", Limits.DEFAULTS), PartiQLBroadcastFunction.QUERIES)) {
            before.processBroadcastElement(
                    QueryUpdate.add("good", "SELECT VALUE r.id FROM other AS r"), 0);
            before.processBroadcastElement(
                    QueryUpdate.add("anywhere", "SELECT VALUE x FROM <<1>> AS x"), 0);
            snapshot = before.snapshot(1, 1);
        }
        // the same state restored where the records are bound under another name: "good" no
        // longer compiles (undefined variable 'other'), "anywhere" still does
        BroadcastOperatorTestHarness<String, QueryUpdate, Tuple2<String, String>> after =
                new BroadcastOperatorTestHarness<>(
                        new CoBroadcastWithNonKeyedOperator<>(
                                function("stream", Limits.DEFAULTS),
                                List.of(PartiQLBroadcastFunction.QUERIES)),
                        1,
                        1,
                        0);
        after.initializeState(snapshot);
        after.open();
        after.processElement("{\"id\": 1}", 2);
        assertThat(after.extractOutputValues()).containsExactly(Tuple2.of("anywhere", "1"));
        List<String> rejected = new ArrayList<>();
        for (StreamRecord<RejectedUpdate> r :
                after.getSideOutput(PartiQLBroadcastFunction.REJECTED_UPDATES)) {
            rejected.add(r.getValue().update.queryId + ": " + r.getValue().message);
        }
        assertThat(rejected).singleElement().asString().startsWith("good: not restored");
        after.close();
    }

    private static BroadcastOperatorTestHarness<String, QueryUpdate, Tuple2<String, String>>
            harness(Limits limits) throws Exception {
        return ProcessFunctionTestHarnesses.forBroadcastProcessFunction(
                function("stream", limits), PartiQLBroadcastFunction.QUERIES);
    }

    private static PartiQLBroadcastFunction<String, String> function(
            String streamName, Limits limits) {
        return new PartiQLBroadcastFunction<>(
                streamName,
                new JsonStringInputCodec(),
                new JsonStringOutputCodec(),
                new QuerySettings("unnamed", BadRecordPolicy.DEAD_LETTER, limits),
                UdfRegistry.empty());
    }
}
