package org.partiqlvm.conformance;

import com.amazon.ion.IonValue;
import org.partiqlvm.value.Value;
import org.partiqlvm.value.ion.IonValueWriter;

/**
 * One-line descriptions of wrong results for {@code results.tsv}: the whole expected and actual
 * values as compact Ion (each cut to {@link #MAX_CHARS}), then the first difference, e.g.
 *
 * <pre>
 * expected $bag::[{a:1},{a:2}] but was $bag::[{a:1},{a:3}]; at $&lt;&lt;&gt;&gt;.a: expected 2 but was 3
 * </pre>
 */
public final class Mismatch {

    /** How many characters of one value a description shows. */
    public static final int MAX_CHARS = 200;

    private Mismatch() {}

    /** The description of {@code actual} failing to match {@code expected}. */
    public static String describe(Value expected, Value actual) {
        String text = "expected " + ion(expected) + " but was " + ion(actual);
        ResultEquivalence.Difference difference = ResultEquivalence.difference(expected, actual);
        String where = difference == null ? "" : describe(difference);
        return where.isEmpty() ? text : text + "; " + where;
    }

    /**
     * Where the values differ, or "" when the difference is the whole value (already shown): {@code
     * at $[2].a: expected 1 but was 2}, {@code at $<<>>: missing {a:1} (1 expected element(s) not
     * found, 0 unexpected)}, or for a top-level list only the reason.
     */
    static String describe(ResultEquivalence.Difference difference) {
        String reason = difference.reason();
        if (difference.path().equals("$")) {
            return reason;
        }
        String what;
        if (difference.expected() == null) {
            what = "unexpected " + ion(difference.actual());
        } else if (difference.actual() == null) {
            what = "missing " + ion(difference.expected());
        } else {
            what =
                    "expected "
                            + ion(difference.expected())
                            + " but was "
                            + ion(difference.actual());
        }
        return "at "
                + difference.path()
                + ": "
                + what
                + (reason.isEmpty() ? "" : " (" + reason + ")");
    }

    /** {@code value} as compact Ion text, cut to {@link #MAX_CHARS}. */
    public static String ion(Value value) {
        String text;
        try {
            text = IonValueWriter.standard().toText(value);
        } catch (RuntimeException e) {
            text = value.toString(); // e.g. an offset Ion cannot hold: show it anyway
        }
        return cut(text);
    }

    /** {@code value} as compact Ion text, cut to {@link #MAX_CHARS}. */
    public static String ion(IonValue value) {
        return cut(value == null ? "(nothing)" : value.toString());
    }

    /** {@code text} cut to {@link #MAX_CHARS}, saying how long it was. */
    static String cut(String text) {
        if (text.length() <= MAX_CHARS) {
            return text;
        }
        return text.substring(0, MAX_CHARS) + "...(" + text.length() + " chars)";
    }
}
