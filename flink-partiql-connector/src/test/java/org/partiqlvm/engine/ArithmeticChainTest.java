package org.partiqlvm.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.partiqlvm.engine.runtime.EvalMode;
import org.partiqlvm.engine.runtime.Limits;
import org.partiqlvm.syntax.AstPrinter;
import org.partiqlvm.syntax.Parser;
import org.partiqlvm.syntax.ast.ArithmeticChainExpr;
import org.partiqlvm.syntax.ast.AstEquivalence;
import org.partiqlvm.syntax.ast.Statement;

/**
 * Issue 11, item 6: machine-generated arithmetic chains ({@code 1 + 1 + ...}, {@code a + b - c
 * ...}, {@code a * b / c ...}) of any length compile and run, with exactly the results of the
 * left-deep grouping {@code ((a + b) - c) + ...} (never regrouped: FLOAT and rounded DECIMAL
 * results depend on it), the same MISSING/NULL behaviour in both modes and the same errors.
 *
 * <p>The reference for a long chain is the same chain split into parenthesized runs short enough to
 * stay {@code Binary} nodes: {@code ((a + b ... ) + c ...) + d ...} groups exactly like the flat
 * chain, but is planned and evaluated through the binary operators.
 */
@Timeout(value = 300, unit = TimeUnit.SECONDS)
class ArithmeticChainTest {

    /** Runs on a 512 KB stack, like a busy task thread; returns the outcome and rows. */
    private static String run(String statement, String record, EvalMode mode) {
        return run(statement, record, mode, 512 * 1024);
    }

    /** Runs on a stack of {@code stackSize} bytes; returns the outcome and rows. */
    private static String run(String statement, String record, EvalMode mode, long stackSize) {
        AtomicReference<Object> result = new AtomicReference<>();
        Runnable task =
                () -> {
                    try {
                        RecordRunner<String, String> runner =
                                JsonRunners.of(statement, mode, Limits.DEFAULTS);
                        RecordOutcome outcome = runner.run(record);
                        result.set(
                                outcome.isOk()
                                        ? "rows " + String.join(",", runner.rows())
                                        : "bad " + outcome.reason() + ": " + outcome.message());
                    } catch (Throwable t) {
                        result.set(t);
                    }
                };
        Thread thread = new Thread(null, task, "chain", stackSize);
        thread.start();
        try {
            thread.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
        assertThat(result.get()).isInstanceOf(String.class);
        return (String) result.get();
    }

    /** {@code terms} operands joined by {@code ops} in turn, as one flat chain. */
    private static String chain(List<String> terms, String[] ops) {
        StringBuilder text = new StringBuilder(terms.get(0));
        for (int i = 1; i < terms.size(); i++) {
            text.append(' ').append(ops[(i - 1) % ops.length]).append(' ').append(terms.get(i));
        }
        return text.toString();
    }

    /** The same chain, split into parenthesized runs of at most {@code run} operators. */
    private static String leftDeepReference(List<String> terms, String[] ops, int run) {
        StringBuilder text = new StringBuilder(terms.get(0));
        for (int i = 1; i < terms.size(); i++) {
            if ((i - 1) % run == 0 && i > 1) {
                text.insert(0, '(').append(')');
            }
            text.append(' ').append(ops[(i - 1) % ops.length]).append(' ').append(terms.get(i));
        }
        return text.toString();
    }

    private static List<String> cycle(int n, String... operands) {
        List<String> terms = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            terms.add(operands[i % operands.length]);
        }
        return terms;
    }

    private static final String RECORD =
            "{\"i\": 3, \"d\": 1.25, \"e\": 0.7, \"f\": 2.5e0, \"n\": null, \"s\": \"x\"}";

    @Test
    void aHundredThousandTermSumCompilesAndRunsOnASmallStack() {
        String statement = "SELECT VALUE " + "s.i + ".repeat(99_999) + "1 FROM stream AS s";
        assertThat(run(statement, RECORD, EvalMode.ERROR)).isEqualTo("rows 299998");
        assertThat(Parser.parse(statement).toString()).isNotEmpty();
    }

    /** A long chain is one flat node that prints back to itself; a short one stays Binary. */
    @Test
    void longChainsAreOneFlatNodeShortOnesStayBinary() {
        String longChain =
                "SELECT VALUE " + "s.i - 1 + (2 * 3) - ".repeat(40) + "1 FROM stream AS s";
        Statement parsed = Parser.parse(longChain);
        assertThat(parsed.toString()).contains(ArithmeticChainExpr.class.getSimpleName());
        Statement reparsed = Parser.parse(AstPrinter.print(parsed));
        assertThat(AstEquivalence.equalIgnoringSpans(parsed, reparsed)).isTrue();
        String shortChain = "SELECT VALUE " + "1 - ".repeat(10) + "1 FROM stream AS s";
        assertThat(Parser.parse(shortChain).toString())
                .doesNotContain(ArithmeticChainExpr.class.getSimpleName());
    }

    /**
     * Each chain, flat and as the left-deep reference (run on a big stack), gives the same rows.
     */
    @ParameterizedTest
    @CsvSource(
            delimiter = ';',
            value = {
                "+ -; s.i, 2, 5",
                "+ -; s.d, 0.001, s.i, 1.5",
                "+ -; s.f, 0.1, s.i, 1e-3",
                "+ -; s.e, 0.1, CAST(0.3 AS FLOAT), s.i",
                "* /; s.d, 3, s.e, 7",
                "* / %; s.i, 7, 3, 2",
                "* /; s.f, 1.1, s.i, 0.7",
                "+ - * /; s.d, 3, s.f",
                "+ -; s.i, s.n, 1",
                "+ -; s.i, s.absent, 1",
                "* /; s.d, s.n, 3",
                "+ -; s.i, 1, s.s",
                "* /; s.i, 2, 0",
            })
    void flatChainsGiveTheLeftDeepResults(String ops, String operands) {
        String[] operators = ops.split(" ");
        String[] values = operands.split(", ");
        for (int n : new int[] {66, 901}) {
            List<String> terms = cycle(n, values);
            String flat = "SELECT VALUE " + chain(terms, operators) + " FROM stream AS s";
            String reference =
                    "SELECT VALUE " + leftDeepReference(terms, operators, 60) + " FROM stream AS s";
            for (EvalMode mode : EvalMode.values()) {
                String expected = run(reference, RECORD, mode, 64 * 1024 * 1024);
                String actual = run(flat, RECORD, mode);
                if (expected.startsWith("bad ")) {
                    // the message names the failing operator, whose span starts elsewhere
                    assertThat(actual).startsWith(expected.substring(0, expected.indexOf(':')));
                } else {
                    assertThat(actual).as(mode + " " + n).isEqualTo(expected);
                }
            }
        }
    }

    /** FLOAT addition is not associative: regrouping would give 1e16 + 1000, not 1e16. */
    @Test
    void floatSumsAreNotRegrouped() {
        String statement =
                "SELECT VALUE CAST(1e16 AS FLOAT)" + " + 1".repeat(1_000) + " FROM stream AS s";
        String expected =
                run("SELECT VALUE CAST(1e16 AS FLOAT) FROM stream AS s", RECORD, EvalMode.ERROR);
        assertThat(run(statement, RECORD, EvalMode.ERROR)).isEqualTo(expected);
    }

    /**
     * The error names the failing operator and the span of the left-deep operation it stands for
     * (from the chain's start, here on line 2, through its right operand), as a Binary node would.
     */
    @Test
    void aTypeErrorInStrictModeNamesTheFailingOperator() {
        String statement =
                "SELECT VALUE\n  " + "s.i + ".repeat(99) + "1 - s.s + 1 FROM stream AS s";
        assertThat(run(statement, RECORD, EvalMode.ERROR))
                .startsWith("bad EVALUATION_ERROR: Evaluation error at 2:3: -: argument 2 must be")
                .contains("found STRING");
        assertThat(run(statement, RECORD, EvalMode.COERCE)).isEqualTo("rows MISSING");
    }

    @Test
    void aTenThousandTermChainRunsThroughRecordRunnerForEveryRecord() {
        String statement = "SELECT VALUE " + "s.i * 1 + ".repeat(10_000) + "0 FROM stream AS s";
        RecordRunner<String, String> runner =
                JsonRunners.of(statement, EvalMode.ERROR, Limits.DEFAULTS);
        for (int i = 0; i < 50; i++) {
            assertThat(runner.run("{\"i\": " + i + "}").isOk()).isTrue();
            assertThat(runner.rows()).containsExactly(String.valueOf(i * 10_000));
        }
    }
}
