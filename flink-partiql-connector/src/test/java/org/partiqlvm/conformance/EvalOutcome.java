package org.partiqlvm.conformance;

import com.amazon.ion.IonValue;
import java.time.Duration;

/** What happened when the engine was given one statement, an environment and a mode. */
public sealed interface EvalOutcome {

    /** Where an error was raised. */
    enum Stage {
        /** Parsing, planning or compiling ({@link EvaluationHook#prepare}). */
        COMPILE,
        /** Evaluation ({@link EvaluationHook.Prepared#run}). */
        RUN;

        /** {@code "compile"} or {@code "run"}. */
        public String label() {
            return this == COMPILE ? "compile" : "run";
        }
    }

    /** The statement evaluated to {@code result} (the suite's Ion encoding). */
    record Returned(IonValue result) implements EvalOutcome {}

    /** The engine refused the statement the proper way: its own exception type. */
    record Rejected(Stage stage, Throwable error) implements EvalOutcome {}

    /**
     * The engine refused the statement with its own exception, but only because it does not support
     * a feature yet (its message says so): never the error a case expects.
     */
    record Unsupported(Stage stage, Throwable error) implements EvalOutcome {}

    /**
     * The engine threw something other than its own exception (a {@code NullPointerException}, a
     * {@code StackOverflowError}, ...): always an engine bug.
     */
    record Crashed(Stage stage, Throwable error) implements EvalOutcome {}

    /** The evaluation did not finish within {@code limit}; its worker thread was abandoned. */
    record TimedOut(Duration limit) implements EvalOutcome {}

    /** The evaluation was not attempted, for {@code reason} (too many earlier hangs). */
    record NotRun(String reason) implements EvalOutcome {}

    /**
     * One line for anything but a result: {@code "error at run: EvaluationException: 1:8: ..."},
     * {@code "crashed at compile: java.lang.NullPointerException (at ...)"}, {@code "timed out
     * after 10 s"}.
     */
    static String describe(EvalOutcome outcome) {
        if (outcome instanceof Returned returned) {
            return "returned " + Mismatch.ion(returned.result());
        }
        if (outcome instanceof Rejected rejected) {
            return "error at "
                    + rejected.stage().label()
                    + ": "
                    + ParseOutcome.describeRejection(rejected.error());
        }
        if (outcome instanceof Unsupported unsupported) {
            return "not supported at "
                    + unsupported.stage().label()
                    + ": "
                    + ParseOutcome.describeRejection(unsupported.error());
        }
        if (outcome instanceof Crashed crashed) {
            return "crashed at "
                    + crashed.stage().label()
                    + ": "
                    + ParseOutcome.describeCrash(crashed.error());
        }
        if (outcome instanceof TimedOut timedOut) {
            long millis = timedOut.limit().toMillis();
            return "timed out after "
                    + (millis % 1000 == 0 ? millis / 1000 + " s" : millis + " ms");
        }
        return "not run: " + ((NotRun) outcome).reason();
    }
}
