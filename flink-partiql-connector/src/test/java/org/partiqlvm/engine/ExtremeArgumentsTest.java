package org.partiqlvm.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.partiqlvm.engine.runtime.EvalMode;
import org.partiqlvm.engine.runtime.Limits;
import org.partiqlvm.error.PartiQLException;
import org.partiqlvm.value.Value;

/**
 * Issue 11: no built-in function, operator or cast lets an unchecked exception out for any
 * argument, however extreme (the largest and smallest INTs, decimals with huge exponents, infinite
 * and NaN floats, the first and last dates and timestamps, wrong kinds): each ends as a value,
 * MISSING or a typed error, in both modes. Found this way and fixed: DATE_ADD with an amount of
 * Long.MIN_VALUE threw DateTimeException and ArithmeticException.
 */
@Timeout(value = 600, unit = TimeUnit.SECONDS)
class ExtremeArgumentsTest {

    private static Value eval(String e) {
        CompiledPlan p = PlanCompiler.compile(e, CompileOptions.withGlobals(List.of()));
        PartiQLVM vm = new PartiQLVM(p);
        return vm.evaluate(vm.newBindings());
    }

    @Test
    void noBuiltinLetsAnUncheckedExceptionOut() {
        String[] pool = {
            "9223372036854775807",
            "-9223372036854775808",
            "99999999999999999999999999",
            "1e999999999",
            "-1e-999999999",
            "1.5e308",
            "-1.5e308",
            "CAST('nan' AS FLOAT)",
            "CAST('-inf' AS FLOAT)",
            "'x'",
            "''",
            "'\uD83D\uDE00abc'",
            "DATE '9999-12-31'",
            "DATE '0001-01-01'",
            "TIMESTAMP '9999-12-31 23:59:59.999999999+14:00'",
            "TIMESTAMP '0001-01-01 00:00:00-14:00'",
            "TIME '23:59:59.999999999+14:00'",
            "TIME '00:00:00'",
            "[1, 2]",
            "{'a': 1}",
            "<<1>>",
            "0",
            "-1",
            "2147483648",
            "0.000000001",
            "true",
            "NULL",
            "MISSING",
            "`2017T`",
            "`{{aGVsbG8=}}`",
            "INTERVAL '99' YEAR",
            "INTERVAL '-99 23:59:59.999999999' DAY TO SECOND"
        };
        List<Value> values = new ArrayList<>();
        for (String p : pool) {
            values.add(eval(p));
        }
        String[] forms = {
            "CHAR_LENGTH(s.a)",
            "OCTET_LENGTH(s.a)",
            "BIT_LENGTH(s.a)",
            "s.a || s.b",
            "SUBSTRING(s.a, s.b)",
            "SUBSTRING(s.a, s.b, s.c)",
            "POSITION(s.a IN s.b)",
            "OVERLAY(s.a PLACING s.b FROM s.c)",
            "OVERLAY(s.a PLACING 'z' FROM s.b FOR s.c)",
            "TRIM(s.a)",
            "TRIM(BOTH s.a FROM s.b)",
            "UPPER(s.a)",
            "LOWER(s.a)",
            "ABS(s.a)",
            "MOD(s.a, s.b)",
            "CEIL(s.a)",
            "FLOOR(s.a)",
            "ROUND(s.a, s.b)",
            "TRUNC(s.a, s.b)",
            "SIGN(s.a)",
            "POWER(s.a, s.b)",
            "SQRT(s.a)",
            "EXP(s.a)",
            "LN(s.a)",
            "LOG10(s.a)",
            "COALESCE(s.a, s.b)",
            "NULLIF(s.a, s.b)",
            "CARDINALITY(s.a)",
            "s.a + s.b",
            "s.a - s.b",
            "s.a * s.b",
            "s.a / s.b",
            "s.a % s.b",
            "-s.a",
            "s.a < s.b",
            "s.a = s.b",
            "s.a LIKE s.b",
            "s.a BETWEEN s.b AND s.c",
            "(s.a, s.b) OVERLAPS (s.b, s.c)",
            "EXTRACT(YEAR FROM s.a)",
            "EXTRACT(SECOND FROM s.a)",
            "EXTRACT(TIMEZONE_HOUR FROM s.a)",
            "DATE_ADD(YEAR, s.a, s.b)",
            "DATE_ADD(MINUTE, s.a, s.b)",
            "DATE_ADD(MONTH, s.a, s.b)",
            "DATE_ADD(DAY, s.a, s.b)",
            "DATE_ADD(SECOND, s.a, s.b)",
            "DATE_ADD(HOUR, s.a, s.b)",
            "DATE_DIFF(YEAR, s.a, s.b)",
            "DATE_DIFF(SECOND, s.a, s.b)",
            "DATE_DIFF(DAY, s.a, s.b)",
            "CAST(s.a AS INT)",
            "CAST(s.a AS SMALLINT)",
            "CAST(s.a AS DECIMAL(5,2))",
            "CAST(s.a AS TIMESTAMP)",
            "CAST(s.a AS DATE)",
            "CAST(s.a AS TIME)",
            "CAST(s.a AS STRING)",
            "CAST(s.a AS INTERVAL YEAR)",
            "CAST(s.a AS INTERVAL DAY TO SECOND)",
            "CAST(s.a AS FLOAT)",
            "CAST(s.a AS REAL)",
            "CAST(s.a AS TIMESTAMP WITH TIME ZONE)",
            "CAST(s.a AS TIME WITH TIME ZONE)",
            "CAST(s.a AS BLOB)",
            "s.a[s.b]",
            "s.a IN (s.b, s.c)",
            "s.a IS DECIMAL(3,1)",
            "COLL_SUM(s.a)",
            "COLL_AVG(s.a)",
            "TUPLEUNION(s.a, s.b)",
            "(SELECT VALUE x FROM <<1, 2, 3>> AS x LIMIT s.a OFFSET s.b)",
            "(SELECT VALUE x FROM <<s.a, s.b, s.c>> AS x ORDER BY x)",
            "(SELECT DISTINCT VALUE x FROM <<s.a, s.b, s.a>> AS x)",
            "(SELECT k, COUNT(*) AS n FROM <<s.a, s.b, s.c>> AS x GROUP BY x AS k)",
            "(SELECT SUM(x) AS t, AVG(x) AS m, MIN(x) AS lo, MAX(x) AS hi FROM <<s.a, s.b>> AS x)",
            "(PIVOT v AT k FROM <<{'k': s.a, 'v': s.b}>> AS r)",
            "(SELECT VALUE [k, v] FROM UNPIVOT s.a AS v AT k)",
            "(SELECT VALUE x FROM s.a AS x AT i WHERE i > s.b)",
            "s.a IN <<s.b, s.c>>",
            "(<<s.a, s.b>> UNION <<s.c>>)",
            "s.a IS MISSING OR s.b LIKE 'a%' ESCAPE '\\\\'",
            "CASE s.a WHEN s.b THEN s.c ELSE s.a END"
        };
        Set<String> problems = new TreeSet<>();
        List<String> uncompiled = new ArrayList<>();
        for (String form : forms) {
            for (EvalMode mode : EvalMode.values()) {
                CompiledPlan plan;
                try {
                    plan =
                            PlanCompiler.compile(
                                    "SELECT VALUE " + form + " FROM stream AS s",
                                    CompileOptions.forStream("stream").withMode(mode));
                } catch (PartiQLException e) {
                    uncompiled.add(form + " in " + mode + ": " + e.getMessageWithoutLocation());
                    continue;
                }
                RecordRunner<int[], String> r =
                        new RecordRunner<>(
                                "q",
                                plan,
                                null,
                                Limits.DEFAULTS,
                                ijk ->
                                        Value.structBuilder()
                                                .add("a", values.get(ijk[0]))
                                                .add("b", values.get(ijk[1]))
                                                .add("c", values.get(ijk[2]))
                                                .build(),
                                row -> row.toValue().toString());
                int n = values.size();
                for (int i = 0; i < n; i++)
                    for (int j = 0; j < n; j++)
                        for (int k = 0; k < (form.contains("s.c") ? n : 1); k++) {
                            RecordOutcome o = r.run(new int[] {i, j, k});
                            if (o.reason() == BadRecordReason.INTERNAL_ERROR) {
                                Throwable c = o.error().getCause();
                                problems.add(
                                        form + " " + mode + " a=" + pool[i] + " b=" + pool[j]
                                                + " c=" + pool[k] + " -> " + c);
                            }
                        }
            }
        }
        assertThat(problems).isEmpty();
        assertThat(uncompiled).isEmpty(); // every form runs, so none is tested vacuously
    }
}
