package org.partiqlvm.engine.op;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.partiqlvm.engine.op.OpTestSupport.drain;
import static org.partiqlvm.engine.op.OpTestSupport.field;
import static org.partiqlvm.engine.op.OpTestSupport.scan;

import org.junit.jupiter.api.Test;
import org.partiqlvm.engine.expr.Frame;
import org.partiqlvm.engine.runtime.EvalMode;
import org.partiqlvm.engine.runtime.EvaluationException;
import org.partiqlvm.value.ValueArena;

class PivotOpTest {

    // slots: 0 = x, 1 = temporary, 2 = key, 3 = value, 4 = output
    private static final int X = 0;

    private final Frame frame = new Frame(5, 0, new ValueArena());

    private static final String ANIMALS =
            "[{name: \"Kumo\", type: \"dog\"}, {name: \"Mochi\", type: \"dog\"},"
                    + " {name: \"Lilikoi\", type: \"unicorn\"}, {name: 5, type: \"cat\"},"
                    + " {name: \"Nemo\"}, {name: \"Kumo\", type: \"fox\"}]";

    private static RelOp pivot(String rows, EvalMode mode) {
        return new PivotOp.Spec(
                        scan(rows, X, 1),
                        field(X, "name"),
                        field(X, "type"),
                        2,
                        3,
                        4,
                        mode,
                        null,
                        null)
                .create();
    }

    @Test
    void foldsEveryTupleIntoOneStructSkippingBadKeysAndMissingValues() {
        assertThat(drain(pivot(ANIMALS, EvalMode.COERCE), frame, 4))
                .containsExactly(
                        "{'Kumo': 'dog', 'Mochi': 'dog', 'Lilikoi': 'unicorn', 'Kumo': 'fox'}");
    }

    @Test
    void noInputGivesOneEmptyStruct() {
        assertThat(drain(pivot("[]", EvalMode.COERCE), frame, 4)).containsExactly("{}");
    }

    @Test
    void aKeyThatIsNotTextIsAnErrorInErrorMode() {
        RelOp op = pivot(ANIMALS, EvalMode.ERROR);
        assertThatThrownBy(() -> drain(op, frame, 4))
                .isInstanceOf(EvaluationException.class)
                .hasMessageContaining("PIVOT field name must be STRING or SYMBOL, found INT");
    }

    @Test
    void reopeningBuildsANewStruct() {
        RelOp op = pivot("[{name: \"a\", type: 1}]", EvalMode.COERCE);
        assertThat(drain(op, frame, 4)).containsExactly("{'a': 1}");
        assertThat(drain(op, frame, 4)).containsExactly("{'a': 1}");
    }
}
