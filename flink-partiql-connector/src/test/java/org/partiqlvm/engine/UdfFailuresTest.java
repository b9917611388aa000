package org.partiqlvm.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.partiqlvm.engine.fn.KindSet;
import org.partiqlvm.engine.fn.NullPolicy;
import org.partiqlvm.engine.runtime.EvalMode;
import org.partiqlvm.engine.runtime.EvaluationException;
import org.partiqlvm.engine.runtime.Limits;

/**
 * Issue 11, item 10: whatever a user-defined function throws is one bad record with a typed error
 * (never a crashed job), and a slot function that writes nothing returns MISSING, not the previous
 * record's value.
 */
class UdfFailuresTest {

    private static final UdfRegistry UDFS =
            UdfRegistry.builder()
                    .addUnary(
                            "sneaky",
                            NullPolicy.PROPAGATE,
                            v -> {
                                throw UdfFailuresTest.<RuntimeException>sneaky(
                                        new IOException("disk on fire"));
                            })
                    .addUnary(
                            "asserting",
                            NullPolicy.PROPAGATE,
                            v -> {
                                throw new AssertionError("broken invariant");
                            })
                    .addUnary(
                            "linkage",
                            NullPolicy.PROPAGATE,
                            v -> {
                                throw new NoClassDefFoundError("com/example/Gone");
                            })
                    .add(
                            "half_if_even",
                            List.of(KindSet.INT),
                            NullPolicy.PROPAGATE,
                            (args, out, site) -> {
                                if (args[0].getLong() % 2 == 0) {
                                    out.setLong(args[0].getLong() / 2);
                                } // an odd number: writes nothing
                            })
                    .build();

    private static RecordRunner<String, String> runner(String statement, EvalMode mode) {
        CompiledPlan plan =
                PlanCompiler.compile(
                        statement,
                        CompileOptions.forStream("stream").withMode(mode).withUdfs(UDFS));
        return JsonRunners.of(plan, Limits.DEFAULTS, UDFS);
    }

    @Test
    void checkedExceptionsAndErrorsAreEvaluationErrorsOfTheRecord() {
        for (String function : List.of("sneaky", "asserting", "linkage")) {
            for (EvalMode mode : EvalMode.values()) {
                RecordRunner<String, String> r =
                        runner("SELECT VALUE " + function + "(s.a) FROM stream AS s", mode);
                RecordOutcome outcome = r.run("{\"a\": 1}");
                assertThat(outcome.reason())
                        .as(function + " in " + mode)
                        .isEqualTo(BadRecordReason.EVALUATION_ERROR);
                assertThat(outcome.error()).isInstanceOf(EvaluationException.class);
                assertThat(outcome.message()).contains("user-defined function failed");
                assertThat(r.run("{\"a\": null}").isOk()).isTrue(); // the next record runs
            }
        }
    }

    @Test
    void anUnwrittenOutputIsMissingNotThePreviousValue() {
        RecordRunner<String, String> r =
                runner("SELECT VALUE half_if_even(s.a) FROM stream AS s", EvalMode.ERROR);
        assertThat(r.run("{\"a\": 8}").isOk()).isTrue();
        assertThat(r.rows()).containsExactly("4");
        assertThat(r.run("{\"a\": 7}").isOk()).isTrue();
        assertThat(r.rows()).containsExactly("MISSING");
    }

    @SuppressWarnings("unchecked")
    private static <E extends Throwable> E sneaky(Throwable e) throws E {
        throw (E) e;
    }
}
