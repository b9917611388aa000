package org.partiqlvm.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.partiqlvm.engine.runtime.EvalMode;
import org.partiqlvm.engine.runtime.EvaluationException;
import org.partiqlvm.engine.runtime.LimitExceededException;
import org.partiqlvm.engine.runtime.Limits;
import org.partiqlvm.plan.PlanningException;
import org.partiqlvm.value.Value;
import org.partiqlvm.value.ValueDecodeException;

/** The per-record core: every record ends as all of its rows or as one classified bad record. */
class RecordRunnerTest {

    private static RecordRunner<String, String> runner(
            String statement, EvalMode mode, Limits limits) {
        CompiledPlan plan =
                PlanCompiler.compile(statement, CompileOptions.forStream("stream").withMode(mode));
        return JsonRunners.of(plan, limits, null);
    }

    @Test
    void aGoodRecordKeepsAllItsRows() {
        RecordRunner<String, String> r =
                runner(
                        "SELECT VALUE x FROM stream AS s, s.a AS x",
                        EvalMode.ERROR,
                        Limits.DEFAULTS);
        assertThat(r.run("{\"a\": [1, 2, 3]}")).isSameAs(RecordOutcome.OK);
        assertThat(r.rows()).containsExactly("1", "2", "3");
    }

    @Test
    void everyFailureIsClassifiedAndLeavesNoRows() {
        RecordRunner<String, String> r =
                runner(
                        "SELECT VALUE 10 / x FROM stream AS s, s.a AS x",
                        EvalMode.ERROR,
                        Limits.DEFAULTS.withRowsPerRecord(3));

        RecordOutcome malformed = r.run("{\"a\": [1,\n ]}");
        assertThat(malformed.reason()).isEqualTo(BadRecordReason.MALFORMED_RECORD);
        assertThat(malformed.error()).isInstanceOf(ValueDecodeException.class);
        assertThat(malformed.line()).isEqualTo(2);
        assertThat(r.rows()).isEmpty();

        RecordOutcome error = r.run("{\"a\": [1, 0]}");
        assertThat(error.reason()).isEqualTo(BadRecordReason.EVALUATION_ERROR);
        assertThat(error.column()).isPositive();
        assertThat(r.rows()).isEmpty();

        RecordOutcome many = r.run("{\"a\": [1, 2, 3, 4]}");
        assertThat(many.reason()).isEqualTo(BadRecordReason.ROW_LIMIT);
        assertThat(many.message())
                .contains("query 'q' produced more than 3 rows")
                .contains("rows-per-record=3");
        assertThat(((LimitExceededException) many.error()).limitName())
                .isEqualTo(Limits.ROWS_PER_RECORD);
        assertThat(r.rows()).isEmpty();

        assertThat(r.run("{\"a\": [5]}").isOk()).isTrue();
        assertThat(r.rows()).containsExactly("2");
    }

    @Test
    void theWorkBudgetBoundsOneRecordAndIsRestoredForTheNext() {
        RecordRunner<String, String> r =
                runner(
                        "SELECT COUNT(*) AS n FROM stream AS s, s.a AS x, s.a AS y, s.a AS z",
                        EvalMode.COERCE,
                        Limits.DEFAULTS.withWorkPerRecord(10_000));
        String hundred =
                "{\"a\": " + java.util.stream.IntStream.range(0, 100).boxed().toList() + "}";

        RecordOutcome outcome = r.run(hundred);
        assertThat(outcome.reason()).isEqualTo(BadRecordReason.LIMIT_EXCEEDED);
        assertThat(((LimitExceededException) outcome.error()).limitName())
                .isEqualTo(Limits.WORK_PER_RECORD);
        assertThat(outcome.message()).contains("work-per-record=10000");

        assertThat(r.run("{\"a\": [1, 2, 3]}").isOk()).isTrue();
        assertThat(r.rows()).containsExactly("{'n': 27}");
    }

    @Test
    void unexpectedFailuresOfACodecAreInternalErrorsOfThatRecordOnly() {
        CompiledPlan plan =
                PlanCompiler.compile(
                        "SELECT VALUE s.a FROM stream AS s", CompileOptions.forStream("stream"));
        RecordRunner<String, String> r =
                new RecordRunner<>(
                        "query 'codec'",
                        plan,
                        null,
                        Limits.DEFAULTS,
                        text -> {
                            switch (text) {
                                case "npe" -> throw new NullPointerException("null field");
                                case "checked" -> throw sneaky(new java.io.IOException("disk"));
                                case "error" -> throw new AssertionError("broken invariant");
                                case "deep" -> throw new StackOverflowError();
                                default -> {
                                    return Value.ofString(text);
                                }
                            }
                        },
                        row -> row.toValue().toString());
        for (String bad : List.of("npe", "checked", "error", "deep")) {
            RecordOutcome outcome = r.run(bad);
            assertThat(outcome.reason()).as(bad).isEqualTo(BadRecordReason.INTERNAL_ERROR);
            assertThat(outcome.error()).isInstanceOf(EvaluationException.class);
            assertThat(outcome.message()).contains("query 'codec'");
        }
        assertThat(r.run("ok").isOk()).isTrue();
        assertThat(r.rows()).containsExactly("MISSING");
    }

    @Test
    void outOfMemoryIsNotSwallowed() {
        CompiledPlan plan =
                PlanCompiler.compile(
                        "SELECT VALUE s FROM stream AS s", CompileOptions.forStream("stream"));
        RecordRunner<String, String> r =
                new RecordRunner<>(
                        "q",
                        plan,
                        null,
                        Limits.DEFAULTS,
                        text -> {
                            throw new OutOfMemoryError("simulated");
                        },
                        row -> "");
        assertThatThrownBy(() -> r.run("x")).isInstanceOf(OutOfMemoryError.class);
    }

    @Test
    void aStatementWithAParameterCannotRunRecordByRecord() {
        CompiledPlan plan =
                PlanCompiler.compile(
                        "SELECT VALUE s.a FROM stream AS s WHERE s.a = ?",
                        CompileOptions.forStream("stream"));
        assertThat(plan.parameterCount()).isEqualTo(1);
        assertThatThrownBy(() -> RecordRunner.checkRunnable(plan))
                .isInstanceOf(PlanningException.class)
                .hasMessageContaining("parameter ?");
        PartiQLVM vm = new PartiQLVM(plan);
        Bindings unbound = vm.newBindings().setStreamRecord(0, Value.ofLong(1));
        assertThatThrownBy(() -> vm.evaluate(unbound))
                .isInstanceOf(EvaluationException.class)
                .hasMessageContaining("1 parameter(s) ?, but 0 value(s) were bound");
    }

    @SuppressWarnings("unchecked")
    private static <E extends Throwable> RuntimeException sneaky(Throwable e) throws E {
        throw (E) e;
    }
}
