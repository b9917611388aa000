package org.partiqlvm.conformance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.amazon.ion.IonSystem;
import com.amazon.ion.IonValue;
import com.amazon.ion.system.IonSystemBuilder;
import org.junit.jupiter.api.Test;
import org.partiqlvm.error.PartiQLException;
import org.partiqlvm.syntax.ParseException;

class EngineEvaluationHookTest {

    private static final IonSystem ION = IonSystemBuilder.standard().build();

    private final EngineEvaluationHook hook = new EngineEvaluationHook();

    private static IonValue ion(String text) {
        return ION.singleValue(text);
    }

    private IonValue run(String statement, String env, EvalMode mode) {
        return hook.prepare(statement, env == null ? null : ion(env), mode).run();
    }

    @Test
    void bindsEachTopLevelFieldOfTheEnvironmentAsAGlobal() {
        String env = "envs::{t: $bag::[{a: 1}, {a: 2}], u: 10}";

        for (EvalMode mode : EvalMode.values()) {
            IonValue result = run("SELECT VALUE r.a + u FROM t AS r", env, mode);

            assertThat(result).isEqualTo(ion("$bag::[11, 12]"));
        }
    }

    @Test
    void globalsWhoseNamesDifferOnlyInCaseKeepTheirOwnValues() {
        assertThat(run("\"Abc\"", "{abc: 1, Abc: 2}", EvalMode.COERCE)).isEqualTo(ion("2"));
        assertThat(run("\"abc\"", "{abc: 1, Abc: 2}", EvalMode.COERCE)).isEqualTo(ion("1"));
    }

    @Test
    void writesTheResultInTheSuitesEncoding() {
        assertThat(run("MISSING", null, EvalMode.COERCE)).isEqualTo(ion("$missing::null"));
        assertThat(run("<<1, 2>>", null, EvalMode.COERCE)).isEqualTo(ion("$bag::[1, 2]"));
        assertThat(run("DATE '2021-08-22'", null, EvalMode.ERROR))
                .isEqualTo(ion("$date::{year: 2021, month: 8, day: 22}"));
    }

    @Test
    void staticErrorsComeFromPrepareAndDataErrorsFromRun() {
        assertThatThrownBy(() -> hook.prepare("SELECT FROM", null, EvalMode.ERROR))
                .isInstanceOf(ParseException.class);

        EvaluationHook.Prepared division = hook.prepare("1 / 0", null, EvalMode.ERROR);
        assertThatThrownBy(division::run).isInstanceOf(PartiQLException.class);
        assertThat(hook.prepare("1 / 0", null, EvalMode.COERCE).run())
                .isEqualTo(ion("$missing::null"));
    }
}
