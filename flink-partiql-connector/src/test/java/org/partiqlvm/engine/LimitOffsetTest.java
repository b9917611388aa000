package org.partiqlvm.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.partiqlvm.engine.runtime.EvalMode;
import org.partiqlvm.engine.runtime.EvaluationException;
import org.partiqlvm.plan.PlanningException;
import org.partiqlvm.value.Value;
import org.partiqlvm.value.ion.IonValueReader;

/** LIMIT and OFFSET values end to end, in both modes (limitoffset.ion). */
class LimitOffsetTest {

    private static final Value FOO = IonValueReader.standard().read("[{a: 1}, {a: 2}, {a: 3}]");

    private static String run(String statement, EvalMode mode) {
        PartiQLVM vm =
                new PartiQLVM(
                        PlanCompiler.compile(statement, new CompileOptions(mode, List.of("foo"))));
        return vm.evaluate(vm.newBindings().set(0, FOO)).toString();
    }

    @Test
    void aComputedOffsetThatIsNoNonNegativeIntegerIsIgnoredInPermissiveMode() {
        for (String offset : List.of("1-2", "2.5", "'x'", "NULL", "MISSING")) {
            String statement = "SELECT VALUE f.a FROM foo AS f OFFSET " + offset;
            assertThat(run(statement, EvalMode.COERCE)).as(offset).isEqualTo("<<1, 2, 3>>");
            assertThatThrownBy(() -> run(statement, EvalMode.ERROR))
                    .as(offset)
                    .isInstanceOf(EvaluationException.class)
                    .hasMessageContaining("OFFSET must be a non-negative integer");
        }
    }

    @Test
    void aNegativeLiteralIsAStaticErrorInBothModes() {
        for (EvalMode mode : EvalMode.values()) {
            assertThatThrownBy(() -> run("SELECT VALUE f.a FROM foo AS f OFFSET -1", mode))
                    .isInstanceOf(PlanningException.class)
                    .hasMessageContaining("OFFSET must be a non-negative integer, found -1");
        }
    }

    @Test
    void countsBeyond64BitsMeanAllRows() {
        for (EvalMode mode : EvalMode.values()) {
            assertThat(run("SELECT VALUE f.a FROM foo AS f OFFSET 9223372036854775808", mode))
                    .isEqualTo("<<>>");
            assertThat(run("SELECT VALUE f.a FROM foo AS f LIMIT 99999999999999999999", mode))
                    .isEqualTo("<<1, 2, 3>>");
        }
    }

    @Test
    void aBadLimitFailsInBothModes() {
        for (EvalMode mode : EvalMode.values()) {
            assertThatThrownBy(() -> run("SELECT VALUE f.a FROM foo AS f LIMIT 1.5", mode))
                    .isInstanceOf(EvaluationException.class)
                    .hasMessageContaining("LIMIT must be a non-negative integer");
        }
    }
}
