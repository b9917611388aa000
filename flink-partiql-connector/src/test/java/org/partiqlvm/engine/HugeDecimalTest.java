package org.partiqlvm.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.partiqlvm.engine.runtime.EvalMode;
import org.partiqlvm.engine.runtime.Limits;

/**
 * Issue 11, item 1: every numeric operation, cast and function on a decimal with an extreme
 * exponent ends quickly in a typed error (strict) or MISSING (permissive), never in an unchecked
 * exception or minutes of CPU.
 */
class HugeDecimalTest {

    private static final List<String> NUMBERS =
            List.of("1e999999999", "-1e999999999", "1e100000000", "1e-999999999", "123e-100000000");

    private static final List<String> EXPRESSIONS =
            List.of(
                    "CAST(s.p AS DECIMAL(12,2))",
                    "CAST(s.p AS DECIMAL)",
                    "CAST(s.p AS INT)",
                    "CAST(s.p AS BIGINT)",
                    "CAST(s.p AS SMALLINT)",
                    "CAST(s.p AS FLOAT)",
                    "CAST(s.p AS REAL)",
                    "CAST(s.p AS STRING)",
                    "CAST(s.p AS VARCHAR(5))",
                    "CAST(s.p AS BOOL)",
                    "FLOOR(s.p)",
                    "CEIL(s.p)",
                    "CEILING(s.p)",
                    "ROUND(s.p)",
                    "ROUND(s.p, 2)",
                    "TRUNC(s.p)",
                    "TRUNC(s.p, 3)",
                    "ABS(s.p)",
                    "MOD(s.p, 7)",
                    "MOD(7, s.p)",
                    "SQRT(s.p)",
                    "EXP(s.p)",
                    "LN(s.p)",
                    "POWER(s.p, 2)",
                    "s.p + 1",
                    "1 - s.p",
                    "s.p + 0.5",
                    "s.p + 1e-999999999",
                    "s.p * s.p",
                    "s.p * 1e999999999",
                    "s.p / 3",
                    "3 / s.p",
                    "s.p % 7",
                    "7 % s.p",
                    "-s.p",
                    "s.p = 1",
                    "s.p < 2",
                    "s.p BETWEEN 0 AND 5",
                    "s.p IN (1, 2.5)",
                    "s.p IS INT",
                    "[s.p] = [1]",
                    "SUM(s.p)",
                    "AVG(s.p)",
                    "DATE_ADD(DAY, s.p, DATE '2024-01-01')",
                    "SUBSTRING('abc', s.p)",
                    "SUBSTRING('abc', 1, s.p)",
                    "s.p + 1.5e0");

    @ParameterizedTest
    @EnumSource(EvalMode.class)
    @Timeout(value = 120, unit = TimeUnit.SECONDS)
    void extremeExponentsEndInATypedErrorOrMissing(EvalMode mode) {
        List<String> internal = new ArrayList<>();
        for (String expression : EXPRESSIONS) {
            boolean aggregate = expression.startsWith("SUM") || expression.startsWith("AVG");
            String statement =
                    aggregate
                            ? "SELECT " + expression + " AS v FROM stream AS s"
                            : "SELECT VALUE " + expression + " FROM stream AS s";
            CompiledPlan plan =
                    PlanCompiler.compile(
                            statement, CompileOptions.forStream("stream").withMode(mode));
            RecordRunner<String, String> runner = JsonRunners.of(plan, Limits.DEFAULTS, null);
            for (String number : NUMBERS) {
                RecordOutcome outcome = runner.run("{\"p\": " + number + "}");
                if (outcome.reason() == BadRecordReason.INTERNAL_ERROR) {
                    internal.add(expression + " of " + number + ": " + outcome);
                }
                if (mode == EvalMode.COERCE && !outcome.isOk()) {
                    assertThat(outcome.reason())
                            .as(expression + " of " + number)
                            .isEqualTo(BadRecordReason.LIMIT_EXCEEDED);
                }
            }
        }
        assertThat(internal).isEmpty();
    }
}
