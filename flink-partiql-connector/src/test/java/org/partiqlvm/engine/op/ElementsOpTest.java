package org.partiqlvm.engine.op;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.partiqlvm.engine.op.OpTestSupport.constant;
import static org.partiqlvm.engine.op.OpTestSupport.drain;

import org.junit.jupiter.api.Test;
import org.partiqlvm.engine.EvalMode;
import org.partiqlvm.engine.EvaluationException;
import org.partiqlvm.engine.Frame;
import org.partiqlvm.engine.RowArena;

class ElementsOpTest {

    // slots: 0 = temporary, 1 = output
    private final Frame frame = new Frame(2, 0, new RowArena());

    private static RelOp elements(String value, EvalMode mode) {
        return new ElementsOp.Spec(constant(value), 0, 1, mode, null, null).create();
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
        assertThat(drain(elements("null", EvalMode.COERCE), frame, 1)).containsExactly("NULL");
    }

    @Test
    void aNonCollectionIsAnErrorInErrorMode() {
        assertThatThrownBy(() -> drain(elements("1", EvalMode.ERROR), frame, 1))
                .isInstanceOf(EvaluationException.class)
                .hasMessageContaining("set operation operand must be a collection, found INT");
    }
}
