package org.partiqlvm.engine.fn;

import java.util.ArrayList;
import java.util.List;
import org.partiqlvm.value.ListValue;
import org.partiqlvm.value.Slot;
import org.partiqlvm.value.Value;
import org.partiqlvm.value.ValueKind;

/**
 * The string functions ETL statements reach for beyond SQL's: {@code REPLACE}, {@code SPLIT},
 * {@code LPAD}/{@code RPAD}, {@code LEFT}/{@code RIGHT}, {@code INITCAP}, {@code REVERSE}, {@code
 * STARTS_WITH}/{@code ENDS_WITH} and {@code TRANSLATE}, with Flink SQL's names and meanings.
 *
 * <p>Lengths and positions count code points, as the SQL string functions do. Arguments are STRING
 * or SYMBOL; results are STRINGs (a LIST of them for {@code SPLIT}, BOOL for the tests). A padded
 * result longer than {@link #MAX_PADDED_LENGTH} characters is a data error. {@code REPLACE}, {@code
 * LPAD}/{@code RPAD}, {@code LEFT}/{@code RIGHT} and {@code REVERSE} build their results as
 * characters in the VM's arena ({@link ArenaText}); the others allocate their results.
 */
public final class TextFunctions {

    /** The longest result {@code LPAD} and {@code RPAD} build, in code points. */
    public static final int MAX_PADDED_LENGTH = 1 << 20;

    private TextFunctions() {}

    /** Registers the functions. */
    static void register(FunctionTable t) {
        List<KindSet> text2 = List.of(KindSet.TEXT);
        List<KindSet> pad = List.of(KindSet.TEXT, KindSet.INT, KindSet.TEXT);
        List<KindSet> textInt = List.of(KindSet.TEXT, KindSet.INT);
        t.add(
                        "replace",
                        3,
                        3,
                        text2,
                        (ContextualFunction) TextFunctions::replace,
                        "The string with every occurrence of the second string replaced by the"
                                + " third (an empty search string replaces nothing).")
                .returns(ValueKind.STRING)
                .example("REPLACE('a-b-c', '-', '+')", "'a+b+c'");
        t.add(
                        "split",
                        2,
                        2,
                        text2,
                        TextFunctions::split,
                        "The parts of the string between occurrences of the separator, as a LIST"
                                + " of strings (an empty separator splits every character).")
                .returns(ValueKind.LIST)
                .example("SPLIT('a,b,,c', ',')", "['a', 'b', '', 'c']");
        t.add(
                        "lpad",
                        2,
                        3,
                        pad,
                        (ContextualFunction) TextFunctions::lpad,
                        "The string left-padded with the pad (default a space) to a length,"
                                + " or cut to it.")
                .returns(ValueKind.STRING)
                .example("LPAD('7', 3, '0')", "'007'");
        t.add(
                        "rpad",
                        2,
                        3,
                        pad,
                        (ContextualFunction) TextFunctions::rpad,
                        "The string right-padded with the pad (default a space) to a length,"
                                + " or cut to it.")
                .returns(ValueKind.STRING)
                .example("RPAD('ab', 5, 'xy')", "'abxyx'");
        t.add(
                        "left",
                        2,
                        2,
                        textInt,
                        (ContextualFunction) TextFunctions::left,
                        "The first n characters of the string (empty for a negative n).")
                .returns(ValueKind.STRING)
                .example("LEFT('abcdef', 2)", "'ab'");
        t.add(
                        "right",
                        2,
                        2,
                        textInt,
                        (ContextualFunction) TextFunctions::right,
                        "The last n characters of the string (empty for a negative n).")
                .returns(ValueKind.STRING)
                .example("RIGHT('abcdef', 2)", "'ef'");
        t.add(
                        "initcap",
                        KindSet.TEXT,
                        (ContextualFunction) TextFunctions::initcap,
                        "The string with the first letter of each word (run of letters and"
                                + " digits) in upper case and the others in lower case.")
                .returns(ValueKind.STRING)
                .example("INITCAP('hello wORLD-x')", "'Hello World-X'");
        t.add(
                        "reverse",
                        KindSet.TEXT,
                        (ContextualFunction) TextFunctions::reverse,
                        "The characters of the string in reverse order.")
                .returns(ValueKind.STRING)
                .example("REVERSE('abc')", "'cba'");
        t.add(
                        "starts_with",
                        2,
                        2,
                        text2,
                        TextFunctions::startsWith,
                        "True when the string begins with the prefix.")
                .returns(ValueKind.BOOL)
                .example("STARTS_WITH('order-1', 'order')", "true");
        t.add(
                        "ends_with",
                        2,
                        2,
                        text2,
                        TextFunctions::endsWith,
                        "True when the string ends with the suffix.")
                .returns(ValueKind.BOOL)
                .example("ENDS_WITH('report.csv', '.json')", "false");
        t.add(
                        "translate",
                        3,
                        3,
                        text2,
                        TextFunctions::translate,
                        "The string with each character found in the second string replaced by"
                                + " the character at the same position in the third, or removed"
                                + " when the third is shorter.")
                .returns(ValueKind.STRING)
                .example("TRANSLATE('a-b_c', '-_', '+')", "'a+bc'");
    }

    /** {@code replace(s, search, replacement)}. */
    public static void replace(Slot[] args, Slot out, CallSite site, FunctionContext context) {
        if (Args.expect(args[0], KindSet.TEXT, 0, out, site)
                && Args.expect(args[1], KindSet.TEXT, 1, out, site)
                && Args.expect(args[2], KindSet.TEXT, 2, out, site)) {
            ArenaText.replace(args[0], args[1], args[2], out, site, context);
        }
    }

    /** {@code split(s, separator)}: a LIST of STRINGs. */
    public static void split(Slot[] args, Slot out, CallSite site) {
        String s = Args.text(args[0], 0, out, site);
        String sep = s == null ? null : Args.text(args[1], 1, out, site);
        if (sep == null) {
            return;
        }
        List<Value> parts = new ArrayList<>();
        if (sep.isEmpty()) {
            for (int i = 0; i < s.length(); ) {
                int end = s.offsetByCodePoints(i, 1);
                parts.add(Value.ofString(s.substring(i, end)));
                i = end;
            }
        } else {
            int from = 0;
            for (int i = s.indexOf(sep); i >= 0; i = s.indexOf(sep, from)) {
                parts.add(Value.ofString(s.substring(from, i)));
                from = i + sep.length();
            }
            parts.add(Value.ofString(s.substring(from)));
        }
        out.setValue(ListValue.of(parts));
    }

    /** {@code lpad(s, length[, pad])}. */
    public static void lpad(Slot[] args, Slot out, CallSite site, FunctionContext context) {
        pad(args, out, site, context, true);
    }

    /** {@code rpad(s, length[, pad])}. */
    public static void rpad(Slot[] args, Slot out, CallSite site, FunctionContext context) {
        pad(args, out, site, context, false);
    }

    private static void pad(
            Slot[] args, Slot out, CallSite site, FunctionContext context, boolean left) {
        if (!Args.expect(args[0], KindSet.TEXT, 0, out, site)
                || !Args.expect(args[1], KindSet.INT, 1, out, site)) {
            return;
        }
        String pad = " ";
        if (args.length > 2) {
            pad = Args.text(args[2], 2, out, site);
            if (pad == null) {
                return;
            }
        }
        long length = Numbers.clampedLong(args[1]);
        if (length < 0) {
            site.dataError(out, "negative length " + length);
            return;
        }
        if (length > MAX_PADDED_LENGTH) {
            site.dataError(
                    out,
                    "length "
                            + length
                            + " exceeds the limit of "
                            + MAX_PADDED_LENGTH
                            + " characters (TextFunctions.MAX_PADDED_LENGTH)");
            return;
        }
        ArenaText.pad(args[0], (int) length, pad, left, out, context.arena());
    }

    /** {@code left(s, n)}: a slice of {@code s}. */
    public static void left(Slot[] args, Slot out, CallSite site, FunctionContext context) {
        if (Args.expect(args[0], KindSet.TEXT, 0, out, site)
                && Args.expect(args[1], KindSet.INT, 1, out, site)) {
            ArenaText.left(args[0], Numbers.clampedLong(args[1]), out, context.arena());
        }
    }

    /** {@code right(s, n)}: a slice of {@code s}. */
    public static void right(Slot[] args, Slot out, CallSite site, FunctionContext context) {
        if (Args.expect(args[0], KindSet.TEXT, 0, out, site)
                && Args.expect(args[1], KindSet.INT, 1, out, site)) {
            ArenaText.right(args[0], Numbers.clampedLong(args[1]), out, context.arena());
        }
    }

    /** {@code initcap(s)}, built in the arena. */
    public static void initcap(Slot[] args, Slot out, CallSite site, FunctionContext context) {
        if (Args.expect(args[0], KindSet.TEXT, 0, out, site)) {
            ArenaText.initcap(args[0], out, context.arena());
        }
    }

    /** {@code reverse(s)}, by code point. */
    public static void reverse(Slot[] args, Slot out, CallSite site, FunctionContext context) {
        if (Args.expect(args[0], KindSet.TEXT, 0, out, site)) {
            ArenaText.reverse(args[0], out, context.arena());
        }
    }

    /** {@code starts_with(s, prefix)}. */
    public static void startsWith(Slot[] args, Slot out, CallSite site) {
        String s = Args.text(args[0], 0, out, site);
        String prefix = s == null ? null : Args.text(args[1], 1, out, site);
        if (prefix != null) {
            out.setBool(s.startsWith(prefix));
        }
    }

    /** {@code ends_with(s, suffix)}. */
    public static void endsWith(Slot[] args, Slot out, CallSite site) {
        String s = Args.text(args[0], 0, out, site);
        String suffix = s == null ? null : Args.text(args[1], 1, out, site);
        if (suffix != null) {
            out.setBool(s.endsWith(suffix));
        }
    }

    /** {@code translate(s, from, to)}. */
    public static void translate(Slot[] args, Slot out, CallSite site) {
        String s = Args.text(args[0], 0, out, site);
        String from = s == null ? null : Args.text(args[1], 1, out, site);
        String to = from == null ? null : Args.text(args[2], 2, out, site);
        if (to == null) {
            return;
        }
        int[] fromPoints = from.codePoints().toArray();
        int[] toPoints = to.codePoints().toArray();
        StringBuilder sb = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            i += Character.charCount(cp);
            int at = indexOf(fromPoints, cp);
            if (at < 0) {
                sb.appendCodePoint(cp);
            } else if (at < toPoints.length) {
                sb.appendCodePoint(toPoints[at]);
            }
        }
        out.setString(sb.toString());
    }

    private static int indexOf(int[] points, int cp) {
        for (int i = 0; i < points.length; i++) {
            if (points[i] == cp) {
                return i;
            }
        }
        return -1;
    }
}
