package org.partiqlvm.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.partiqlvm.engine.runtime.EvalMode;
import org.partiqlvm.engine.runtime.LimitExceededException;
import org.partiqlvm.engine.runtime.Limits;
import org.partiqlvm.value.Value;

/**
 * Issue 11, items 4, 5 and 11: small statements cannot exhaust the heap (value-size), one record
 * cannot take unbounded CPU (work-per-record), and a VM used from a second thread fails clearly.
 */
@Timeout(value = 120, unit = TimeUnit.SECONDS)
class ResourceLimitsTest {

    private static RecordOutcome runOnce(String statement, EvalMode mode, String record) {
        CompiledPlan plan =
                PlanCompiler.compile(statement, CompileOptions.forStream("stream").withMode(mode));
        RecordRunner<String, String> runner = JsonRunners.of(plan, Limits.DEFAULTS, null);
        return runner.run(record);
    }

    private static void assertValueSizeLimit(String statement, String record) {
        for (EvalMode mode : EvalMode.values()) {
            RecordOutcome outcome = runOnce(statement, mode, record);
            assertThat(outcome.reason())
                    .as(statement + " in " + mode)
                    .isEqualTo(BadRecordReason.LIMIT_EXCEEDED);
            assertThat(((LimitExceededException) outcome.error()).limitName())
                    .isEqualTo(Limits.VALUE_SIZE);
            assertThat(outcome.message()).contains("value-size=16777216");
        }
    }

    @Test
    void aHugeCharIsRefusedBeforeItIsBuilt() {
        assertValueSizeLimit("SELECT VALUE CAST('x' AS CHAR(2147483647)) FROM stream AS s", "{}");
    }

    @Test
    void doublingAStringThirtyTimesStopsAtTheValueSize() {
        StringBuilder let = new StringBuilder("s.x || s.x AS b1");
        for (int i = 2; i <= 30; i++) {
            let.append(", b").append(i - 1).append(" || b").append(i - 1).append(" AS b").append(i);
        }
        assertValueSizeLimit(
                "SELECT VALUE CHAR_LENGTH(b30) FROM stream AS s LET " + let, "{\"x\": \"ab\"}");
    }

    @Test
    void theTextOfAHugeDecimalIsRefused() {
        assertValueSizeLimit(
                "SELECT VALUE CAST(s.p AS STRING) FROM stream AS s", "{\"p\": 1e999999999}");
        assertValueSizeLimit("SELECT VALUE CAST(1e999999999 AS STRING) FROM stream AS s", "{}");
    }

    @Test
    void ordinaryStringsAndCastsAreUnaffected() {
        RecordOutcome ok =
                runOnce(
                        "SELECT VALUE CAST(s.p AS STRING) || CAST('ab' AS CHAR(4)) FROM stream AS s",
                        EvalMode.ERROR,
                        "{\"p\": 1.5e3}");
        assertThat(ok.isOk()).isTrue();
    }

    @Test
    void aBillionCombinationsInOneRecordStopAtTheDefaultWorkBudget() {
        String thousand =
                IntStream.range(0, 1000)
                        .mapToObj(Integer::toString)
                        .collect(Collectors.joining(","));
        RecordOutcome outcome =
                runOnce(
                        "SELECT COUNT(*) AS n FROM stream AS s, s.a AS x, s.a AS y, s.a AS z",
                        EvalMode.COERCE,
                        "{\"a\": [" + thousand + "]}");
        assertThat(outcome.reason()).isEqualTo(BadRecordReason.LIMIT_EXCEEDED);
        assertThat(((LimitExceededException) outcome.error()).limitName())
                .isEqualTo(Limits.WORK_PER_RECORD);
        assertThat(outcome.message()).contains("work-per-record=100000000");
    }

    @Test
    void aVmUsedFromASecondThreadFailsClearly() throws Exception {
        CompiledPlan plan =
                PlanCompiler.compile(
                        "SELECT VALUE s.a FROM stream AS s", CompileOptions.forStream("stream"));
        PartiQLVM vm = new PartiQLVM(plan);
        Bindings in = vm.newBindings().setStreamRecord(0, Value.ofLong(1));
        vm.evaluate(in);
        Throwable error =
                CompletableFuture.supplyAsync(
                                () -> {
                                    try {
                                        vm.evaluate(in);
                                        return null;
                                    } catch (RuntimeException e) {
                                        return e;
                                    }
                                })
                        .get(60, TimeUnit.SECONDS);
        assertThat(error)
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("not thread-safe")
                .hasMessageContaining("create one VM per thread");
        assertThat(vm.evaluate(in)).isNotNull(); // the owner goes on
    }
}
