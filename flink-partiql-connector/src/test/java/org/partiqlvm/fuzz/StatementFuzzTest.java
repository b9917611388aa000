package org.partiqlvm.fuzz;

import java.util.List;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AddLifecycleHook;
import org.partiqlvm.engine.BadRecordReason;
import org.partiqlvm.engine.CompileOptions;
import org.partiqlvm.engine.CompiledPlan;
import org.partiqlvm.engine.PlanCompiler;
import org.partiqlvm.engine.RecordOutcome;
import org.partiqlvm.engine.RecordRunner;
import org.partiqlvm.engine.runtime.EvalMode;
import org.partiqlvm.engine.runtime.Limits;
import org.partiqlvm.error.PartiQLException;
import org.partiqlvm.value.Value;
import org.partiqlvm.value.json.JsonValueReader;

/**
 * Random and damaged statements through the compiler and the VM in both modes: whatever the text,
 * compiling either succeeds or throws a {@link PartiQLException} (syntax, planning), and running on
 * records either gives rows or throws a {@link PartiQLException} (an evaluation error): no other
 * exception, no {@link Error}, no hang. Tries: {@link FuzzTries}.
 */
@AddLifecycleHook(FuzzTries.class)
class StatementFuzzTest {

    /** Records with something for every path of the grammar, and some hostile values. */
    static final List<Value> RECORDS =
            JsonValueReader.standard()
                    .readAll(
                            "{\"id\": 1, \"a\": 2, \"b\": \"x\", \"c\": 1.5, \"xs\": [1, 2, 3],"
                                    + " \"tags\": [\"t\", {\"a\": 1}], \"n\": {\"a\": [1]}}\n"
                                    + "{\"id\": \"1\", \"a\": null, \"b\": [], \"c\": {}, \"xs\":"
                                    + " \"x\"}\n"
                                    + "{\"id\": 9223372036854775807, \"a\": -9223372036854775808,"
                                    + " \"b\": \"%_\\\\\", \"c\": 1e400, \"xs\": [[], {}, null],"
                                    + " \"tags\": 1e-400}\n"
                                    + "{}\n"
                                    + "[1, 2]\n");

    @Property(tries = 400)
    void aStatementCompilesAndRunsOrFailsWithATypedError(@ForAll("statements") String statement) {
        compileAndRun(statement);
    }

    @Property(tries = 400)
    void aDamagedStatementCompilesAndRunsOrFailsWithATypedError(
            @ForAll("mutatedStatements") String statement) {
        compileAndRun(statement);
    }

    @Provide
    Arbitrary<String> statements() {
        return FuzzStatements.statements();
    }

    @Provide
    Arbitrary<String> mutatedStatements() {
        return FuzzStatements.mutatedStatements();
    }

    /** A small work budget keeps hostile statements quick; the limits are what is tested. */
    private static final Limits LIMITS = Limits.of("work-per-record=200000", "value-size=1MB");

    /**
     * Compiles {@code statement} in both modes and runs it on {@link #RECORDS} through the
     * per-record core every operator and the CLI use: compiling either succeeds or throws a {@link
     * PartiQLException} (also for a statement that cannot run record by record), and no record ends
     * as {@link BadRecordReason#INTERNAL_ERROR}, the reason of any exception or error other than
     * the project's typed ones.
     */
    static void compileAndRun(String statement) {
        for (EvalMode mode : EvalMode.values()) {
            CompiledPlan plan;
            try {
                plan =
                        PlanCompiler.compile(
                                statement, CompileOptions.forStream("stream").withMode(mode));
                RecordRunner.checkRunnable(plan);
            } catch (PartiQLException typed) {
                continue;
            }
            RecordRunner<Value, String> runner =
                    new RecordRunner<>(
                            "fuzz", plan, null, LIMITS, v -> v, row -> row.toValue().toString());
            for (Value record : RECORDS) {
                RecordOutcome outcome = runner.run(record);
                if (outcome.reason() == BadRecordReason.INTERNAL_ERROR) {
                    throw new AssertionError(
                            mode + " " + statement + " on " + record + ": " + outcome,
                            outcome.error().getCause());
                }
            }
        }
    }
}
