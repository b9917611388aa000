package org.partiqlvm.engine.op;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.partiqlvm.engine.op.OpTestSupport.constant;
import static org.partiqlvm.engine.op.OpTestSupport.drain;

import org.junit.jupiter.api.Test;
import org.partiqlvm.engine.expr.Frame;
import org.partiqlvm.engine.runtime.EvalMode;
import org.partiqlvm.engine.runtime.EvaluationException;
import org.partiqlvm.value.ValueArena;

class ElementsOpTest {

    // slots: 0 = temporary, 1 = output, 2 = partner temporary
    private final Frame frame = new Frame(3, 0, new ValueArena());

    private static RelOp elements(String value, EvalMode mode) {
        return new ElementsOp.Spec(constant(value), 0, 1, null, -1, mode, null, null).create();
    }

    @Test
    void givesTheElementsOfACollection() {
        assertThat(drain(elements("[1, $missing::null, 2]", EvalMode.ERROR), frame, 1))
                .containsExactly("1", "MISSING", "2");
        assertThat(drain(elements("$bag::[]", EvalMode.ERROR), frame, 1)).isEmpty();
    }

    @Test
    void aNonCollectionIsOneElementInCoerceMode() {
        assertThat(drain(elements("{a: 1}", EvalMode.COERCE), frame, 1))
                .containsExactly("{'a': 1}");
    }

    @Test
    void aNonCollectionIsAnErrorInErrorMode() {
        assertThatThrownBy(() -> drain(elements("1", EvalMode.ERROR), frame, 1))
                .isInstanceOf(EvaluationException.class)
                .hasMessageContaining("set operation operand must be a collection, found INT");
    }

    @Test
    void nullAndMissingAreTheEmptyBagInBothModes() {
        for (EvalMode mode : EvalMode.values()) {
            assertThat(drain(elements("null", mode), frame, 1)).isEmpty();
            assertThat(drain(elements("$missing::null", mode), frame, 1)).isEmpty();
            assertThat(drain(withPartner("null", "[]", mode), frame, 1)).isEmpty();
        }
    }

    @Test
    void nullOrMissingBesideAnotherOneIsAPlainValue() {
        assertThat(drain(withPartner("null", "$missing::null", EvalMode.COERCE), frame, 1))
                .containsExactly("NULL");
        assertThatThrownBy(
                        () ->
                                drain(
                                        withPartner("$missing::null", "null", EvalMode.ERROR),
                                        frame,
                                        1))
                .isInstanceOf(EvaluationException.class)
                .hasMessageContaining("found MISSING");
    }

    private static RelOp withPartner(String value, String partner, EvalMode mode) {
        return new ElementsOp.Spec(constant(value), 0, 1, constant(partner), 2, mode, null, null)
                .create();
    }
}
