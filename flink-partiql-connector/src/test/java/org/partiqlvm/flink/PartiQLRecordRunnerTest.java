package org.partiqlvm.flink;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.apache.flink.api.common.functions.util.ListCollector;
import org.apache.flink.api.common.typeinfo.Types;
import org.apache.flink.metrics.groups.UnregisteredMetricsGroup;
import org.apache.flink.types.Row;
import org.junit.jupiter.api.Test;
import org.partiqlvm.engine.CompileOptions;
import org.partiqlvm.engine.CompiledPlan;
import org.partiqlvm.engine.PlanCompiler;
import org.partiqlvm.engine.runtime.EvalMode;
import org.partiqlvm.flink.codec.InputCodec;
import org.partiqlvm.flink.codec.JsonBytesInputCodec;
import org.partiqlvm.flink.codec.JsonStringInputCodec;
import org.partiqlvm.flink.codec.JsonStringOutputCodec;
import org.partiqlvm.flink.codec.RowOutputCodec;
import org.partiqlvm.flink.error.BadRecordException;
import org.partiqlvm.flink.error.BadRecordPolicy;

class PartiQLRecordRunnerTest {

    private static final String QUERY = "SELECT r.id, r.qty * 2 AS twice FROM stream AS r";

    private static final CompiledPlan STRICT =
            PlanCompiler.compile(
                    QUERY, CompileOptions.forStream("stream").withMode(EvalMode.ERROR));

    private final List<String> rows = new ArrayList<>();

    @Test
    void aGoodRecordGivesRowsAndNoDeadLetter() {
        PartiQLRecordRunner<String, String> runner = opened(BadRecordPolicy.DEAD_LETTER);

        assertThat(runner.run("{\"id\": 1, \"qty\": 3}", new ListCollector<>(rows))).isNull();
        assertThat(rows).containsExactly("{\"id\":1,\"twice\":6}");
    }

    @Test
    void malformedJsonBecomesADeadLetterWithItsPositionInTheRecord() {
        PartiQLRecordRunner<String, String> runner = opened(BadRecordPolicy.DEAD_LETTER);

        DeadLetter letter = runner.run("{\"id\": 1,\n \"qty\": }", new ListCollector<>(rows));

        assertThat(letter.record).isEqualTo("{\"id\": 1,\n \"qty\": }");
        assertThat(letter.errorType).isEqualTo(DeadLetter.MALFORMED_RECORD);
        assertThat(letter.line).isEqualTo(2);
        assertThat(letter.column).isPositive();
        assertThat(letter.message).isNotBlank();
        assertThat(letter.query).isEqualTo(QUERY);
        assertThat(rows).isEmpty();
    }

    @Test
    void aStrictModeErrorBecomesADeadLetterWithItsPositionInTheQuery() {
        PartiQLRecordRunner<String, String> runner = opened(BadRecordPolicy.DEAD_LETTER);

        DeadLetter letter = runner.run("{\"id\": 1, \"qty\": \"lots\"}", new ListCollector<>(rows));

        assertThat(letter.errorType).isEqualTo(DeadLetter.EVALUATION_ERROR);
        assertThat(letter.record).isEqualTo("{\"id\": 1, \"qty\": \"lots\"}");
        assertThat(letter.line).isEqualTo(1);
        assertThat(letter.column).isEqualTo(QUERY.indexOf("r.qty") + 1);
        assertThat(letter.message).contains("Evaluation error");
    }

    @Test
    void aRowColumnOfTheWrongKindIsABadRecordUnderThePolicy() {
        CompiledPlan plan = PlanCompiler.compile(QUERY, CompileOptions.forStream("stream"));
        PartiQLRecordRunner<String, Row> runner =
                new PartiQLRecordRunner<>(
                        plan,
                        new JsonStringInputCodec(),
                        RowOutputCodec.of(plan, Types.LONG, Types.LONG),
                        QuerySettings.defaults(QUERY, BadRecordPolicy.DEAD_LETTER),
                        null);
        runner.open(new UnregisteredMetricsGroup());
        List<Row> out = new ArrayList<>();

        DeadLetter letter = runner.run("{\"id\": \"a\", \"qty\": 1}", new ListCollector<>(out));

        assertThat(letter.errorType).isEqualTo(DeadLetter.EVALUATION_ERROR);
        assertThat(letter.message).contains("'id'").contains("STRING");
        assertThat(out).isEmpty();
        assertThat(runner.run("{\"id\": 4, \"qty\": 1}", new ListCollector<>(out))).isNull();
        assertThat(out).hasSize(1);
        assertThat(out.get(0).getField("twice")).isEqualTo(2L);
    }

    @Test
    void byteInputIsKeptAsUtf8Text() {
        PartiQLRecordRunner<byte[], String> runner =
                new PartiQLRecordRunner<>(
                        STRICT,
                        new JsonBytesInputCodec(),
                        new JsonStringOutputCodec(),
                        QuerySettings.defaults(QUERY, BadRecordPolicy.DEAD_LETTER),
                        null);
        runner.open(new UnregisteredMetricsGroup());

        DeadLetter letter =
                runner.run(
                        "{\"név\": ".getBytes(StandardCharsets.UTF_8), new ListCollector<>(rows));

        assertThat(letter.record).isEqualTo("{\"név\": ");
        assertThat(letter.errorType).isEqualTo(DeadLetter.MALFORMED_RECORD);
    }

    @Test
    void skipAndFailGiveNoDeadLetter() {
        assertThat(opened(BadRecordPolicy.SKIP).run("not json", new ListCollector<>(rows)))
                .isNull();
        PartiQLRecordRunner<String, String> failing = opened(BadRecordPolicy.FAIL);
        assertThatThrownBy(() -> failing.run("not json", new ListCollector<>(rows)))
                .isInstanceOf(BadRecordException.class)
                .hasMessageContaining("not json");
    }

    @Test
    void aRecordOverTheRowLimitEmitsNothingAndIsBad() {
        CompiledPlan unnest =
                PlanCompiler.compile(
                        "SELECT VALUE x FROM stream AS r, r.xs AS x",
                        CompileOptions.forStream("stream"));
        PartiQLRecordRunner<String, String> runner =
                new PartiQLRecordRunner<>(
                        unnest,
                        new JsonStringInputCodec(),
                        new JsonStringOutputCodec(),
                        new QuerySettings("unnest", BadRecordPolicy.DEAD_LETTER, 3),
                        null);
        runner.open(new UnregisteredMetricsGroup());

        assertThat(runner.run("{\"xs\": [1, 2, 3]}", new ListCollector<>(rows))).isNull();
        DeadLetter letter = runner.run("{\"xs\": [4, 5, 6, 7]}", new ListCollector<>(rows));

        assertThat(rows).containsExactly("1", "2", "3");
        assertThat(letter.errorType).isEqualTo(DeadLetter.ROW_LIMIT);
        assertThat(letter.queryId).isEqualTo("unnest");
        assertThat(letter.message).contains("query 'unnest' produced more than 3 rows");
    }

    @Test
    void aRecordFailingAfterItsFirstRowsEmitsNoneOfThem() {
        CompiledPlan strict =
                PlanCompiler.compile(
                        "SELECT VALUE x + 1 FROM stream AS r, r.xs AS x",
                        CompileOptions.forStream("stream").withMode(EvalMode.ERROR));
        PartiQLRecordRunner<String, String> runner =
                new PartiQLRecordRunner<>(
                        strict,
                        new JsonStringInputCodec(),
                        new JsonStringOutputCodec(),
                        QuerySettings.defaults(strict.source(), BadRecordPolicy.SKIP),
                        null);
        runner.open(new UnregisteredMetricsGroup());

        assertThat(runner.run("{\"xs\": [1, 2, \"three\", 4]}", new ListCollector<>(rows)))
                .isNull();
        assertThat(runner.run("{\"xs\": [10]}", new ListCollector<>(rows))).isNull();

        assertThat(rows).containsExactly("11");
    }

    @Test
    void failNamesTheQueryId() {
        PartiQLRecordRunner<String, String> failing = opened(BadRecordPolicy.FAIL);

        assertThatThrownBy(
                        () -> failing.run("{\"id\": 1, \"qty\": \"x\"}", new ListCollector<>(rows)))
                .isInstanceOf(BadRecordException.class)
                .hasMessageContaining("query 'orders'")
                .hasMessageContaining("r.qty");
    }

    @Test
    void defaultQueryIdsAreStableAndShort() {
        assertThat(QuerySettings.defaultQueryId(QUERY))
                .isEqualTo(QuerySettings.defaultQueryId(new String(QUERY.toCharArray())))
                .matches("q-[0-9a-f]{8}");
        assertThatThrownBy(() -> new QuerySettings("q", BadRecordPolicy.FAIL, 0))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new QuerySettings(" ", BadRecordPolicy.FAIL, 1))
                .isInstanceOf(IllegalArgumentException.class);
    }

    private static PartiQLRecordRunner<String, String> opened(BadRecordPolicy policy) {
        InputCodec<String> input = new JsonStringInputCodec();
        PartiQLRecordRunner<String, String> runner =
                new PartiQLRecordRunner<>(
                        STRICT,
                        input,
                        new JsonStringOutputCodec(),
                        new QuerySettings("orders", policy, 3),
                        null);
        runner.open(new UnregisteredMetricsGroup());
        return runner;
    }
}
