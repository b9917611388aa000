package org.partiqlvm.conformance;

import com.amazon.ion.IonValue;
import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Predicate;

/**
 * Runs an {@link EvaluationHook} on one statement and classifies what happened, so that one bad
 * statement cannot end or hang the whole run: everything the engine throws is caught (including
 * {@link StackOverflowError}), and each evaluation gets a time limit.
 *
 * <p>Evaluations run one at a time on a single reused worker thread (with an 8 MB stack, like the
 * surefire fork's {@code -Xss8m}). When one exceeds the limit, the worker is interrupted and
 * abandoned (a daemon thread: it cannot keep the JVM alive) and a fresh one takes over. After
 * {@link #MAX_HUNG} abandoned workers, which may each still be spinning on a core, no further
 * evaluation is attempted: the outcome is {@link EvalOutcome.NotRun}.
 *
 * <p>Other {@link VirtualMachineError}s (out of memory) propagate and end the run. Not thread-safe:
 * one caller at a time. Close it to stop the worker.
 */
public final class EvaluationProbe implements AutoCloseable {

    /** The time limit of one evaluation (compile plus run) in the conformance run. */
    public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(30);

    /** How many hung evaluations the probe tolerates before it stops evaluating. */
    public static final int MAX_HUNG = 3;

    private static final long WORKER_STACK_BYTES = 8L * 1024 * 1024;

    private final EvaluationHook hook;
    private final Class<? extends Throwable> engineError;
    private final Predicate<Throwable> unsupported;
    private final Duration timeout;
    private int workers;
    private ExecutorService worker;
    private int hung;

    /**
     * A probe of {@code hook}, where throwing {@code engineError} (the engine's {@code
     * PartiQLException}) is the proper way to refuse a statement, and each evaluation may take at
     * most {@code timeout}.
     */
    public EvaluationProbe(
            EvaluationHook hook, Class<? extends Throwable> engineError, Duration timeout) {
        this(hook, engineError, error -> false, timeout);
    }

    /**
     * A probe as above, where an engine error that satisfies {@code unsupported} means the engine
     * lacks a feature ({@link EvalOutcome.Unsupported}), not that it rightly refused the statement.
     */
    public EvaluationProbe(
            EvaluationHook hook,
            Class<? extends Throwable> engineError,
            Predicate<Throwable> unsupported,
            Duration timeout) {
        this.hook = Objects.requireNonNull(hook, "hook");
        this.engineError = Objects.requireNonNull(engineError, "engineError");
        this.unsupported = Objects.requireNonNull(unsupported, "unsupported");
        this.timeout = Objects.requireNonNull(timeout, "timeout");
        if (timeout.isNegative() || timeout.isZero()) {
            throw new IllegalArgumentException("timeout must be positive, found " + timeout);
        }
        this.worker = newWorker();
    }

    /** Compiles and evaluates {@code statement}; never throws for what the engine does. */
    public EvalOutcome probe(String statement, IonValue env, EvalMode mode) {
        if (hung >= MAX_HUNG) {
            return new EvalOutcome.NotRun(
                    hung + " earlier evaluations timed out; fix them first (see results.tsv)");
        }
        Future<EvalOutcome> pending = worker.submit(() -> evaluate(statement, env, mode));
        try {
            return pending.get(timeout.toNanos(), TimeUnit.NANOSECONDS);
        } catch (TimeoutException e) {
            pending.cancel(true);
            worker.shutdownNow();
            worker = newWorker();
            hung++;
            return new EvalOutcome.TimedOut(timeout);
        } catch (ExecutionException e) {
            // evaluate() catches everything but VirtualMachineErrors, which end the run
            if (e.getCause() instanceof Error error) {
                throw error;
            }
            throw new IllegalStateException("evaluation failed outside the engine", e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            pending.cancel(true);
            throw new IllegalStateException("interrupted while waiting for an evaluation", e);
        }
    }

    /** How many evaluations timed out so far. */
    public int hungCount() {
        return hung;
    }

    /** Stops the worker (interrupting an evaluation still running). */
    @Override
    public void close() {
        worker.shutdownNow();
    }

    /** Runs on the worker thread. */
    private EvalOutcome evaluate(String statement, IonValue env, EvalMode mode) {
        EvalOutcome.Stage stage = EvalOutcome.Stage.COMPILE;
        try {
            EvaluationHook.Prepared prepared = hook.prepare(statement, env, mode);
            stage = EvalOutcome.Stage.RUN;
            return new EvalOutcome.Returned(prepared.run());
        } catch (StackOverflowError e) {
            return new EvalOutcome.Crashed(stage, e);
        } catch (VirtualMachineError e) {
            throw e;
        } catch (Throwable e) {
            if (!engineError.isInstance(e)) {
                return new EvalOutcome.Crashed(stage, e);
            }
            return unsupported.test(e)
                    ? new EvalOutcome.Unsupported(stage, e)
                    : new EvalOutcome.Rejected(stage, e);
        }
    }

    private ExecutorService newWorker() {
        String name = "partiql-conformance-eval-" + ++workers;
        ThreadFactory threads =
                task -> {
                    Thread thread = new Thread(null, task, name, WORKER_STACK_BYTES);
                    thread.setDaemon(true);
                    return thread;
                };
        return Executors.newSingleThreadExecutor(threads);
    }
}
