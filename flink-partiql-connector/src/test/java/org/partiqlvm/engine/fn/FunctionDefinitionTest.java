package org.partiqlvm.engine.fn;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.partiqlvm.engine.fn.FnTesting.site;
import static org.partiqlvm.engine.fn.FnTesting.slot;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.partiqlvm.engine.runtime.EvalMode;
import org.partiqlvm.engine.runtime.EvaluationException;
import org.partiqlvm.value.Slot;

class FunctionDefinitionTest {

    private static final AtomicInteger CALLS = new AtomicInteger();

    private static FunctionDefinition counting(NullPolicy policy) {
        return new FunctionDefinition(
                "Twice",
                1,
                2,
                policy,
                List.of(KindSet.NUMBER, KindSet.TEXT),
                (args, out, s) -> {
                    CALLS.incrementAndGet();
                    out.setLong(2);
                },
                "Counts its calls.");
    }

    @Test
    void propagateReturnsUnknownsWithoutCallingButChecksKnownKindsFirst() {
        FunctionDefinition d = counting(NullPolicy.PROPAGATE);
        assertThat(d.name()).isEqualTo("twice");
        Slot out = new Slot();
        CALLS.set(0);
        d.call(new Slot[] {slot("null"), slot("MISSING")}, out, site("twice", EvalMode.ERROR));
        assertThat(out.isMissing()).isTrue();
        d.call(new Slot[] {slot("null"), slot("\"a\"")}, out, site("twice", EvalMode.ERROR));
        assertThat(out.isNull()).isTrue();
        assertThat(CALLS).hasValue(0);
        d.call(new Slot[] {slot("1"), slot("\"a\"")}, out, site("twice", EvalMode.ERROR));
        assertThat(CALLS).hasValue(1);
        assertThatThrownBy(
                        () ->
                                d.call(
                                        new Slot[] {slot("null"), slot("1")},
                                        new Slot(),
                                        site("TWICE", EvalMode.ERROR)))
                .isInstanceOf(EvaluationException.class)
                .hasMessageContaining("TWICE: argument 2 must be STRING or SYMBOL, found INT");
        d.call(new Slot[] {slot("null"), slot("1")}, out, site("twice", EvalMode.COERCE));
        assertThat(out.isMissing()).isTrue();
    }

    @Test
    void customPassesUnknownsThrough() {
        FunctionDefinition d = counting(NullPolicy.CUSTOM);
        CALLS.set(0);
        Slot out = new Slot();
        d.call(new Slot[] {slot("MISSING")}, out, site("twice", EvalMode.ERROR));
        assertThat(CALLS).hasValue(1);
        assertThat(out.getLong()).isEqualTo(2);
    }

    @Test
    void arityAndSignature() {
        FunctionDefinition d = counting(NullPolicy.PROPAGATE);
        assertThat(d.accepts(0)).isFalse();
        assertThat(d.accepts(2)).isTrue();
        assertThat(d.parameter(5)).isEqualTo(KindSet.TEXT);
        assertThat(d.signature()).isEqualTo("twice(a number[, STRING or SYMBOL])");
        assertThatThrownBy(
                        () ->
                                new FunctionDefinition(
                                        "f", 2, 1, NullPolicy.CUSTOM, (a, o, s) -> {}, "x."))
                .hasMessageContaining("bad arity");
        assertThatThrownBy(
                        () ->
                                new FunctionDefinition(
                                        "f",
                                        1,
                                        1,
                                        NullPolicy.CUSTOM,
                                        List.of(),
                                        (a, o, s) -> {},
                                        "x."))
                .hasMessageContaining("no parameter kinds");
    }

    @Test
    void builtinDefinitionsSerialize() throws Exception {
        FunctionDefinition upper = BuiltinFunctions.lookup("upper", 1);
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
            out.writeObject(upper);
        }
        FunctionDefinition copy;
        try (ObjectInputStream in =
                new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
            copy = (FunctionDefinition) in.readObject();
        }
        Slot out = new Slot();
        copy.call(new Slot[] {slot("\"abc\"")}, out, site("upper", EvalMode.ERROR));
        assertThat(out.getString()).isEqualTo("ABC");
        assertThat(copy.parameters()).isEqualTo(upper.parameters());
    }
}
