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

class UnpivotOpTest {

    // slots: 0 = v, 1 = k, 2 = temporary
    private final Frame frame = new Frame(3, 0, new ValueArena());

    private static RelOp unpivot(String source, EvalMode mode) {
        return new UnpivotOp.Spec(constant(source), 2, 0, 1, mode, null, null).create();
    }

    @Test
    void bindsEachFieldSkippingMissingValues() {
        RelOp op = unpivot("{a: 1, b: $missing::null, c: null, a: [2]}", EvalMode.COERCE);
        assertThat(drain(op, frame, 0, 1)).containsExactly("1 'a'", "NULL 'c'", "[2] 'a'");
        assertThat(drain(op, frame, 0, 1)).hasSize(3);
    }

    @Test
    void aNonStructIsTheFieldUnderscoreOneInCoerceModeAndMissingGivesNothing() {
        assertThat(drain(unpivot("100", EvalMode.COERCE), frame, 0, 1)).containsExactly("100 '_1'");
        assertThat(drain(unpivot("null", EvalMode.COERCE), frame, 0, 1))
                .containsExactly("NULL '_1'");
        assertThat(drain(unpivot("$missing::null", EvalMode.COERCE), frame, 0, 1)).isEmpty();
        assertThat(drain(unpivot("{}", EvalMode.ERROR), frame, 0, 1)).isEmpty();
    }

    @Test
    void aNonStructIsAnErrorInErrorMode() {
        assertThatThrownBy(() -> drain(unpivot("$missing::null", EvalMode.ERROR), frame, 0))
                .isInstanceOf(EvaluationException.class)
                .hasMessageContaining("UNPIVOT source must be a STRUCT, found MISSING");
        assertThatThrownBy(() -> drain(unpivot("[1]", EvalMode.ERROR), frame, 0))
                .isInstanceOf(EvaluationException.class)
                .hasMessageContaining("found LIST");
    }
}
