package org.partiqlvm.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.partiqlvm.engine.runtime.EvalMode;
import org.partiqlvm.engine.runtime.Limits;
import org.partiqlvm.error.PartiQLException;

/**
 * Issue 11, items 3 and 6: no statement overflows the stack when compiled (long path chains are
 * refused with a typed error), and machine-generated statements (long flat OR / AND / || / +
 * chains, huge IN lists, CASEs of many arms) compile and run.
 */
@Timeout(value = 300, unit = TimeUnit.SECONDS)
class StatementShapesTest {

    private static String repeat(String s, int n) {
        return s.repeat(n);
    }

    private static String run(String statement, String record) {
        CompiledPlan plan =
                PlanCompiler.compile(
                        statement, CompileOptions.forStream("stream").withMode(EvalMode.ERROR));
        RecordRunner<String, String> runner = JsonRunners.of(plan, Limits.DEFAULTS, null);
        RecordOutcome outcome = runner.run(record);
        assertThat(outcome.isOk()).as(String.valueOf(outcome)).isTrue();
        return String.join(",", runner.rows());
    }

    @Test
    void longPathChainsAreATypedErrorOrWorkNeverAStackOverflow() {
        for (String chain :
                new String[] {
                    "s" + repeat(".a", 4000),
                    "s" + repeat(".*", 3000),
                    "s" + repeat("[*]", 3000),
                    "s" + repeat("[0]", 4000),
                    "s" + repeat("['a']", 4000)
                }) {
            String statement = "SELECT VALUE " + chain + " FROM stream AS s";
            try {
                PlanCompiler.compile(statement, CompileOptions.forStream("stream"));
            } catch (PartiQLException expected) {
                assertThat(expected.getMessage()).contains("too");
            }
        }
        assertThatThrownBy(
                        () ->
                                PlanCompiler.compile(
                                        "SELECT VALUE " + repeat("(", 100_000) + "1",
                                        CompileOptions.forStream("stream")))
                .isInstanceOf(PartiQLException.class);
    }

    @Test
    void aHundredThousandTermOrAndChainCompileAndRun() {
        String or =
                IntStream.range(0, 100_000)
                        .mapToObj(i -> "s.a = " + i)
                        .collect(Collectors.joining(" OR "));
        assertThat(run("SELECT VALUE s.a FROM stream AS s WHERE " + or, "{\"a\": 99999}"))
                .isEqualTo("99999");
        String and =
                IntStream.range(0, 100_000)
                        .mapToObj(i -> "s.a <> " + (i + 1))
                        .collect(Collectors.joining(" AND "));
        assertThat(run("SELECT VALUE s.a FROM stream AS s WHERE " + and, "{\"a\": 0}"))
                .isEqualTo("0");
    }

    @Test
    void longConcatenationChainsCompileAndRun() {
        assertThat(
                        run(
                                "SELECT VALUE "
                                        + repeat("s.c || ", 20_000)
                                        + "'!' FROM stream AS s",
                                "{\"c\": \"x\"}"))
                .hasSize(20_000 + 3);
    }

    /**
     * A sum is not regrouped (FLOAT and rounded DECIMAL addition are not associative): a long flat
     * {@code +} chain becomes one flat node that folds left to right (see ArithmeticChainTest).
     */
    @Test
    void longSumChainsCompileAndRun() {
        assertThat(
                        run(
                                "SELECT VALUE " + repeat("s.n + ", 900) + "0 FROM stream AS s",
                                "{\"n\": 2}"))
                .isEqualTo("1800");
        assertThat(
                        run(
                                "SELECT VALUE " + repeat("s.n + ", 20_000) + "0 FROM stream AS s",
                                "{\"n\": 2}"))
                .isEqualTo("40000");
    }

    @Test
    void aHundredThousandElementInListCompilesAndRuns() {
        String list =
                IntStream.range(0, 100_000)
                        .mapToObj(Integer::toString)
                        .collect(Collectors.joining(", "));
        assertThat(run("SELECT VALUE s.a IN (" + list + ") FROM stream AS s", "{\"a\": 77777}"))
                .isEqualTo("true");
    }

    @Test
    void aTenThousandArmCaseCompilesAndRuns() {
        String arms =
                IntStream.range(0, 10_000)
                        .mapToObj(i -> "WHEN s.a = " + i + " THEN " + (i * 2))
                        .collect(Collectors.joining(" "));
        assertThat(
                        run(
                                "SELECT VALUE CASE " + arms + " ELSE -1 END FROM stream AS s",
                                "{\"a\": 9999}"))
                .isEqualTo("19998");
    }
}
