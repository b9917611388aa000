package org.partiqlvm.engine.fn;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.fail;

import org.partiqlvm.engine.runtime.EvalMode;
import org.partiqlvm.engine.runtime.EvaluationException;
import org.partiqlvm.value.DateTimeText;
import org.partiqlvm.value.IntervalField;
import org.partiqlvm.value.IntervalText;
import org.partiqlvm.value.Slot;
import org.partiqlvm.value.TimeValue;
import org.partiqlvm.value.TimestampValue;
import org.partiqlvm.value.Value;
import org.partiqlvm.value.ValueKind;
import org.partiqlvm.value.ion.IonValueReader;

/**
 * Shared helpers of the {@code engine.fn} tests: values from compact text, operators and functions
 * run in both modes, and the suite's notion of "same result" (same kind, decimals by value, bags as
 * multisets).
 *
 * <p>Value text: {@code MISSING}; {@code DATE 2020-01-31}; {@code TIME 10:30:00+05:00}; {@code TS
 * 2020-01-31 10:30:00}; {@code YM -1-2} (INTERVAL YEAR TO MONTH); {@code DT 1 02:03:04.5} (INTERVAL
 * DAY TO SECOND); anything else is Ion ({@code 1}, {@code 1.0}, {@code 1e0}, {@code "a"}, {@code
 * null}, {@code $bag::[1, 2]}, {@code {a: 1}}).
 */
final class FnTesting {

    /** A binary operator of the family classes. */
    interface BinaryOp {
        void apply(Slot a, Slot b, Slot out, CallSite site);
    }

    /** A unary operator of the family classes. */
    interface UnaryOp {
        void apply(Slot a, Slot out, CallSite site);
    }

    static {
        // Initialize Value before its subclasses: initializing NullValue first leaves Value.NULL
        // null (a class-initialization cycle in the value package, reported to its owner).
        Value.ofLong(0);
    }

    private FnTesting() {}

    /** The value written in {@code text} (see the class comment). */
    static Value v(String text) {
        String t = text.strip();
        if (t.equals("MISSING")) {
            return Value.MISSING;
        }
        if (t.startsWith("DATE ")) {
            return require(DateTimeText.parseDate(t.substring(5)), t);
        }
        if (t.startsWith("TIME ")) {
            return require(DateTimeText.parseTime(t.substring(5)), t);
        }
        if (t.startsWith("TS ")) {
            return require(DateTimeText.parseTimestamp(t.substring(3)), t);
        }
        if (t.startsWith("YM ")) {
            return require(
                    IntervalText.parse(
                            t.substring(3), IntervalField.YEAR, IntervalField.MONTH, 9, -1),
                    t);
        }
        if (t.startsWith("DT ")) {
            return require(
                    IntervalText.parse(
                            t.substring(3), IntervalField.DAY, IntervalField.SECOND, 9, 9),
                    t);
        }
        return IonValueReader.standard().read(t);
    }

    private static Value require(Value v, String text) {
        if (v == null) {
            throw new IllegalArgumentException("bad test value " + text);
        }
        return v;
    }

    /** A slot holding {@code v(text)}. */
    static Slot slot(String text) {
        return slot(v(text));
    }

    /** A slot holding {@code v}. */
    static Slot slot(Value v) {
        Slot s = new Slot();
        s.setValue(v);
        return s;
    }

    /** A call site named {@code name} in {@code mode}. */
    static CallSite site(String name, EvalMode mode) {
        return CallSite.of(name, mode);
    }

    /** {@code op(a, b)} in {@code mode}. */
    static Value run(BinaryOp op, String a, String b, EvalMode mode) {
        Slot out = new Slot();
        op.apply(slot(a), slot(b), out, site("op", mode));
        return out.toValue();
    }

    /** {@code op(a)} in {@code mode}. */
    static Value run(UnaryOp op, String a, EvalMode mode) {
        Slot out = new Slot();
        op.apply(slot(a), out, site("op", mode));
        return out.toValue();
    }

    /** The built-in function {@code name} applied to the arguments, through its null policy. */
    static Value call(String name, EvalMode mode, String... args) {
        Slot[] slots = new Slot[args.length];
        for (int i = 0; i < args.length; i++) {
            slots[i] = slot(args[i]);
        }
        FunctionDefinition d = BuiltinFunctions.lookup(name, args.length);
        assertThat(d).as("function %s/%d", name, args.length).isNotNull();
        Slot out = new Slot();
        d.call(slots, out, site(name, mode));
        return out.toValue();
    }

    /** Asserts {@code op(a, b)} gives {@code expected} in both modes. */
    static void assertBinary(BinaryOp op, String a, String b, String expected) {
        for (EvalMode mode : EvalMode.values()) {
            assertSame(v(expected), run(op, a, b, mode), mode + ": " + a + " op " + b);
        }
    }

    /**
     * Asserts {@code op(a, b)} is MISSING in permissive mode and fails in strict mode with a
     * message containing {@code message}.
     */
    static void assertBinaryError(BinaryOp op, String a, String b, String message) {
        assertSame(Value.MISSING, run(op, a, b, EvalMode.COERCE), "COERCE: " + a + " op " + b);
        assertThatThrownBy(() -> run(op, a, b, EvalMode.ERROR))
                .isInstanceOf(EvaluationException.class)
                .hasMessageContaining(message);
    }

    /** Asserts {@code op(a, b)} fails in both modes with a message containing {@code message}. */
    static void assertBinaryAlwaysFails(BinaryOp op, String a, String b, String message) {
        for (EvalMode mode : EvalMode.values()) {
            assertThatThrownBy(() -> run(op, a, b, mode))
                    .isInstanceOf(EvaluationException.class)
                    .hasMessageContaining(message);
        }
    }

    /** Asserts the function call gives {@code expected} in both modes. */
    static void assertCall(String expected, String name, String... args) {
        for (EvalMode mode : EvalMode.values()) {
            assertSame(v(expected), call(name, mode, args), mode + ": " + name);
        }
    }

    /**
     * Asserts the function call is MISSING in permissive mode and fails in strict mode with a
     * message containing {@code message}.
     */
    static void assertCallError(String message, String name, String... args) {
        assertSame(Value.MISSING, call(name, EvalMode.COERCE, args), "COERCE: " + name);
        assertThatThrownBy(() -> call(name, EvalMode.ERROR, args))
                .isInstanceOf(EvaluationException.class)
                .hasMessageContaining(message);
    }

    /** Asserts the suite's result equality: same kind, numbers by value, bags as multisets. */
    static void assertSame(Value expected, Value actual, String description) {
        if (!same(expected, actual)) {
            fail(
                    description
                            + ": expected "
                            + expected
                            + " ("
                            + expected.kind()
                            + ") but was "
                            + actual
                            + " ("
                            + actual.kind()
                            + ")");
        }
    }

    /** The suite's result equality. */
    static boolean same(Value a, Value b) {
        ValueKind ka = a.kind();
        if (ka != b.kind()) {
            return false;
        }
        switch (ka) {
            case MISSING:
            case NULL:
                return true;
            case DECIMAL:
                return a.asBigDecimal().compareTo(b.asBigDecimal()) == 0;
            case FLOAT:
                return Double.compare(a.asDouble(), b.asDouble()) == 0;
            case TIME:
                return ((TimeValue) a).time().equals(((TimeValue) b).time())
                        && java.util.Objects.equals(
                                ((TimeValue) a).offset(), ((TimeValue) b).offset());
            case TIMESTAMP:
                return ((TimestampValue) a).dateTime().equals(((TimestampValue) b).dateTime())
                        && java.util.Objects.equals(
                                ((TimestampValue) a).offset(), ((TimestampValue) b).offset());
            case LIST:
            case SEXP:
                if (a.size() != b.size()) {
                    return false;
                }
                for (int i = 0; i < a.size(); i++) {
                    if (!same(a.get(i), b.get(i))) {
                        return false;
                    }
                }
                return true;
            case BAG:
                if (a.size() != b.size()) {
                    return false;
                }
                boolean[] used = new boolean[b.size()];
                outer:
                for (int i = 0; i < a.size(); i++) {
                    for (int j = 0; j < b.size(); j++) {
                        if (!used[j] && same(a.get(i), b.get(j))) {
                            used[j] = true;
                            continue outer;
                        }
                    }
                    return false;
                }
                return true;
            default:
                return a.equals(b);
        }
    }
}
