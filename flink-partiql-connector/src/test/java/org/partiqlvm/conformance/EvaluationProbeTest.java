package org.partiqlvm.conformance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.amazon.ion.IonSystem;
import com.amazon.ion.system.IonSystemBuilder;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import org.junit.jupiter.api.Test;

class EvaluationProbeTest {

    private static final IonSystem ION = IonSystemBuilder.standard().build();

    /** Stands in for PartiQLException. */
    static final class EngineError extends RuntimeException {
        EngineError(String message) {
            super(message);
        }
    }

    /** For the hang test; the others get a generous limit, as a deep recursion takes a while. */
    private static final Duration SHORT = Duration.ofSeconds(1);

    /** A toy engine driven by the statement text. */
    private static final EvaluationHook TOY =
            (statement, env, mode) -> {
                switch (statement) {
                    case "static error" -> throw new EngineError("1:1: unknown function");
                    case "npe at compile" -> throw new NullPointerException("oops");
                    case "hang" -> await(new CountDownLatch(1));
                    default -> {}
                }
                return () ->
                        switch (statement) {
                            case "run error" -> throw new EngineError("1:3: division by zero");
                            case "deep" -> recurse(0);
                            case "oom" -> throw new OutOfMemoryError("boom");
                            default -> ION.singleValue(statement);
                        };
            };

    private static void await(CountDownLatch latch) {
        try {
            latch.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new EngineError("interrupted");
        }
    }

    private static com.amazon.ion.IonValue recurse(int depth) {
        recurse(depth + 1);
        return null;
    }

    private static EvaluationProbe probe(EvaluationHook hook) {
        return new EvaluationProbe(hook, EngineError.class, EvaluationProbe.DEFAULT_TIMEOUT);
    }

    @Test
    void aResultIsReturned() {
        try (EvaluationProbe probe = probe(TOY)) {
            EvalOutcome outcome = probe.probe("$bag::[1]", null, EvalMode.COERCE);

            assertThat(outcome).isInstanceOf(EvalOutcome.Returned.class);
            assertThat(((EvalOutcome.Returned) outcome).result())
                    .isEqualTo(ION.singleValue("$bag::[1]"));
        }
    }

    @Test
    void theEnginesOwnExceptionIsARejectionAtTheStageItHappened() {
        try (EvaluationProbe probe = probe(TOY)) {
            assertThat(EvalOutcome.describe(probe.probe("static error", null, EvalMode.ERROR)))
                    .isEqualTo("error at compile: EngineError: 1:1: unknown function");
            assertThat(EvalOutcome.describe(probe.probe("run error", null, EvalMode.ERROR)))
                    .isEqualTo("error at run: EngineError: 1:3: division by zero");
        }
    }

    @Test
    void anyOtherThrowableIsACrashNamingItsClass() {
        try (EvaluationProbe probe = probe(TOY)) {
            assertThat(EvalOutcome.describe(probe.probe("npe at compile", null, EvalMode.ERROR)))
                    .startsWith("crashed at compile: java.lang.NullPointerException: oops");
            assertThat(EvalOutcome.describe(probe.probe("deep", null, EvalMode.ERROR)))
                    .startsWith("crashed at run: java.lang.StackOverflowError");
        }
    }

    @Test
    void outOfMemoryEndsTheRun() {
        try (EvaluationProbe probe = probe(TOY)) {
            assertThatThrownBy(() -> probe.probe("oom", null, EvalMode.ERROR))
                    .isInstanceOf(OutOfMemoryError.class);
        }
    }

    @Test
    void evaluationsShareOneWorkerThread() {
        List<Thread> threads = new ArrayList<>();
        EvaluationHook recording =
                (statement, env, mode) -> {
                    threads.add(Thread.currentThread());
                    return () -> ION.newInt(1);
                };
        try (EvaluationProbe probe = probe(recording)) {
            for (int i = 0; i < 5; i++) {
                probe.probe("1", null, EvalMode.COERCE);
            }
        }

        assertThat(threads).hasSize(5).containsOnly(threads.get(0));
        assertThat(threads.get(0)).isNotSameAs(Thread.currentThread());
        assertThat(threads.get(0).isDaemon()).isTrue();
    }

    @Test
    void aHangTimesOutAndAFreshWorkerTakesOverUntilTooManyHung() {
        try (EvaluationProbe probe = new EvaluationProbe(TOY, EngineError.class, SHORT)) {
            for (int i = 1; i <= EvaluationProbe.MAX_HUNG; i++) {
                assertThat(EvalOutcome.describe(probe.probe("hang", null, EvalMode.COERCE)))
                        .isEqualTo("timed out after 1 s");
                assertThat(probe.hungCount()).isEqualTo(i);
                if (i < EvaluationProbe.MAX_HUNG) {
                    assertThat(probe.probe("2", null, EvalMode.COERCE))
                            .isInstanceOf(EvalOutcome.Returned.class);
                }
            }

            EvalOutcome after = probe.probe("2", null, EvalMode.COERCE);
            assertThat(after).isInstanceOf(EvalOutcome.NotRun.class);
            assertThat(EvalOutcome.describe(after))
                    .startsWith("not run: 3 earlier evaluations timed out");
        }
    }

    @Test
    void theTimeoutMustBePositive() {
        assertThatThrownBy(() -> new EvaluationProbe(TOY, EngineError.class, Duration.ZERO))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
