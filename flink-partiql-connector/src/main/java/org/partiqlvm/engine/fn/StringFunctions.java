package org.partiqlvm.engine.fn;

import java.util.List;
import org.partiqlvm.value.Slot;
import org.partiqlvm.value.ValueKind;

/**
 * String functions over STRING and SYMBOL (results are STRINGs). Lengths and positions count
 * Unicode code points, not UTF-16 units: {@code char_length('😁😞😸😸')} is 4 and {@code
 * substring('😁😞😸😸', 3)} is {@code '😸😸'} (char_length.ion, substring.ion, trim.ion).
 *
 * <p>Each function has the {@link ScalarFunction} shape and, as registered in {@link
 * BuiltinFunctions}, receives known arguments only ({@link NullPolicy#PROPAGATE}); it still checks
 * their kinds. LOWER, UPPER, TRIM, {@code ||} and SUBSTRING build their results as characters in
 * the VM's arena ({@link ArenaText}) and allocate nothing; OVERLAY allocates its result string.
 */
public final class StringFunctions {

    private StringFunctions() {}

    /** Registers the SQL string functions (and the special forms lowered to them). */
    static void register(FunctionTable t) {
        String codePoints = "Number of characters (code points) of a string.";
        t.add("char_length", KindSet.TEXT, StringFunctions::charLength, codePoints)
                .returns(ValueKind.INT)
                .example("CHAR_LENGTH('café')", "4");
        t.add("character_length", KindSet.TEXT, StringFunctions::charLength, codePoints)
                .returns(ValueKind.INT)
                .example("CHARACTER_LENGTH('abc')", "3");
        t.add(
                        "octet_length",
                        KindSet.TEXT_OR_LOB,
                        StringFunctions::octetLength,
                        "Number of bytes of a string in UTF-8, or of a BLOB/CLOB.")
                .returns(ValueKind.INT)
                .example("OCTET_LENGTH('café')", "5");
        t.add(
                        "bit_length",
                        KindSet.TEXT_OR_LOB,
                        StringFunctions::bitLength,
                        "Number of bits of a string in UTF-8, or of a BLOB/CLOB.")
                .returns(ValueKind.INT)
                .example("BIT_LENGTH('ab')", "16");
        t.add(
                        "lower",
                        KindSet.TEXT,
                        (ContextualFunction) StringFunctions::lower,
                        "The string in lower case.")
                .returns(ValueKind.STRING)
                .example("LOWER('AbC')", "'abc'");
        t.add(
                        "upper",
                        KindSet.TEXT,
                        (ContextualFunction) StringFunctions::upper,
                        "The string in upper case.")
                .returns(ValueKind.STRING)
                .example("UPPER('AbC')", "'ABC'");
        t.add(
                        "concat",
                        2,
                        2,
                        List.of(KindSet.TEXT),
                        (ContextualFunction) StringFunctions::concat,
                        "The concatenation of two strings (the `||` operator).")
                .returns(ValueKind.STRING)
                .example("'ab' || 'cd'", "'abcd'");
        t.add(
                        "substring",
                        2,
                        3,
                        List.of(KindSet.TEXT, KindSet.INT),
                        (ContextualFunction) StringFunctions::substring,
                        "The characters from a 1-based start position, optionally for a length.")
                .returns(ValueKind.STRING)
                .example("SUBSTRING('abcdef' FROM 2 FOR 3)", "'bcd'");
        t.add(
                        "position",
                        2,
                        2,
                        List.of(KindSet.TEXT),
                        StringFunctions::position,
                        "The 1-based position of the first string in the second, 0 if absent.")
                .returns(ValueKind.INT)
                .example("POSITION('c' IN 'abcd')", "3");
        t.add(
                        "overlay",
                        3,
                        4,
                        List.of(KindSet.TEXT, KindSet.TEXT, KindSet.INT),
                        StringFunctions::overlay,
                        "The string with a range of characters replaced by another string.")
                .returns(ValueKind.STRING)
                .example("OVERLAY('abcdef' PLACING 'XY' FROM 2 FOR 3)", "'aXYef'");
        t.add(
                        "trim",
                        KindSet.TEXT,
                        (ContextualFunction) StringFunctions::trimBoth,
                        "The string without leading and trailing spaces.")
                .returns(ValueKind.STRING)
                .example("TRIM('  a b  ')", "'a b'");
        t.add(
                        "trim_both",
                        1,
                        2,
                        List.of(KindSet.TEXT),
                        (ContextualFunction) StringFunctions::trimBoth,
                        "The string without leading and trailing characters of the set (default"
                                + " a space).")
                .returns(ValueKind.STRING)
                .example("TRIM(BOTH 'x' FROM 'xxaxx')", "'a'");
        t.add(
                        "trim_leading",
                        1,
                        2,
                        List.of(KindSet.TEXT),
                        (ContextualFunction) StringFunctions::trimLeading,
                        "The string without leading characters of the set (default a space).")
                .returns(ValueKind.STRING)
                .example("TRIM(LEADING 'x' FROM 'xxaxx')", "'axx'");
        t.add(
                        "trim_trailing",
                        1,
                        2,
                        List.of(KindSet.TEXT),
                        (ContextualFunction) StringFunctions::trimTrailing,
                        "The string without trailing characters of the set (default a space).")
                .returns(ValueKind.STRING)
                .example("TRIM(TRAILING 'x' FROM 'xxaxx')", "'xxa'");
    }

    /** {@code char_length(s)}: the number of code points of {@code s}. */
    public static void charLength(Slot[] args, Slot out, CallSite site) {
        String s = Args.text(args[0], 0, out, site);
        if (s != null) {
            out.setLong(s.codePointCount(0, s.length()));
        }
    }

    /** {@code octet_length(s)}: the number of bytes of {@code s} in UTF-8 (or of a LOB). */
    public static void octetLength(Slot[] args, Slot out, CallSite site) {
        long n = octets(args[0], out, site);
        if (n >= 0) {
            out.setLong(n);
        }
    }

    /** {@code bit_length(s)}: 8 × {@code octet_length(s)}. */
    public static void bitLength(Slot[] args, Slot out, CallSite site) {
        long n = octets(args[0], out, site);
        if (n >= 0) {
            out.setLong(8 * n);
        }
    }

    /**
     * {@code lower(s)}: {@code s} in lower case (Unicode rules, locale-independent). ASCII text is
     * mapped into the VM's arena (or passed through when it has no upper case letter); other text
     * goes through {@link String#toLowerCase}.
     */
    public static void lower(Slot[] args, Slot out, CallSite site, FunctionContext context) {
        ArenaText.changeCase(args[0], out, site, context.arena(), false);
    }

    /** {@code upper(s)}: {@code s} in upper case (Unicode rules, locale-independent), as lower. */
    public static void upper(Slot[] args, Slot out, CallSite site, FunctionContext context) {
        ArenaText.changeCase(args[0], out, site, context.arena(), true);
    }

    /** {@code a || b}: the concatenation of two texts, built in the VM's arena. */
    public static void concat(Slot[] args, Slot out, CallSite site, FunctionContext context) {
        if (!Args.expect(args[0], KindSet.TEXT, 0, out, site)
                || !Args.expect(args[1], KindSet.TEXT, 1, out, site)) {
            return;
        }
        ArenaText.concat(args[0], args[1], out, site, context);
    }

    /**
     * {@code substring(s, start[, length])}: the code points of {@code s} from position {@code
     * start} (1-based; may be 0 or negative) up to, not including, {@code start + length}; a
     * negative length is a data error.
     */
    public static void substring(Slot[] args, Slot out, CallSite site, FunctionContext context) {
        if (!Args.expect(args[0], KindSet.TEXT, 0, out, site)
                || !Args.expect(args[1], KindSet.INT, 1, out, site)) {
            return;
        }
        long start = Numbers.clampedLong(args[1]);
        long end = Long.MAX_VALUE;
        if (args.length > 2) {
            if (!Args.expect(args[2], KindSet.INT, 2, out, site)) {
                return;
            }
            long length = Numbers.clampedLong(args[2]);
            if (length < 0) {
                site.dataError(out, "negative substring length " + length);
                return;
            }
            end = saturatedAdd(start, length);
        }
        ArenaText.codePointRange(args[0], start, end, out, context.arena());
    }

    /** {@code position(needle, haystack)}: the 1-based code point position of needle, or 0. */
    public static void position(Slot[] args, Slot out, CallSite site) {
        String needle = Args.text(args[0], 0, out, site);
        if (needle == null) {
            return;
        }
        String haystack = Args.text(args[1], 1, out, site);
        if (haystack != null) {
            int i = haystack.indexOf(needle);
            out.setLong(i < 0 ? 0 : haystack.codePointCount(0, i) + 1);
        }
    }

    /**
     * {@code overlay(s, placing, from[, for])}: {@code s} with {@code for} code points from
     * position {@code from} replaced by {@code placing}; {@code for} defaults to the length of
     * {@code placing}. A start below 1 or a negative length is a data error.
     */
    public static void overlay(Slot[] args, Slot out, CallSite site) {
        String s = Args.text(args[0], 0, out, site);
        if (s == null) {
            return;
        }
        String placing = Args.text(args[1], 1, out, site);
        if (placing == null || !Args.expect(args[2], KindSet.INT, 2, out, site)) {
            return;
        }
        long from = Numbers.clampedLong(args[2]);
        long length;
        if (args.length > 3) {
            if (!Args.expect(args[3], KindSet.INT, 3, out, site)) {
                return;
            }
            length = Numbers.clampedLong(args[3]);
        } else {
            length = placing.codePointCount(0, placing.length());
        }
        if (from < 1) {
            site.dataError(out, "overlay start position " + from + " is below 1");
            return;
        }
        if (length < 0) {
            site.dataError(out, "negative overlay length " + length);
            return;
        }
        String before = codePointRange(s, 1, from);
        String after = codePointRange(s, saturatedAdd(from, length), Long.MAX_VALUE);
        out.setString(before + placing + after);
    }

    /**
     * {@code trim(s)} and {@code trim_both(s[, chars])}: {@code s} without leading and trailing
     * {@code chars} (default a space).
     */
    public static void trimBoth(Slot[] args, Slot out, CallSite site, FunctionContext context) {
        trim(args, out, site, context, true, true);
    }

    /**
     * {@code trim_leading(s[, chars])}: {@code s} without leading {@code chars} (default a space).
     */
    public static void trimLeading(Slot[] args, Slot out, CallSite site, FunctionContext context) {
        trim(args, out, site, context, true, false);
    }

    /**
     * {@code trim_trailing(s[, chars])}: {@code s} without trailing {@code chars} (default a
     * space).
     */
    public static void trimTrailing(Slot[] args, Slot out, CallSite site, FunctionContext context) {
        trim(args, out, site, context, false, true);
    }

    // ---------------------------------------------------------------- helpers

    private static void trim(
            Slot[] args,
            Slot out,
            CallSite site,
            FunctionContext context,
            boolean leading,
            boolean trailing) {
        if (!Args.expect(args[0], KindSet.TEXT, 0, out, site)) {
            return;
        }
        String chars = " ";
        if (args.length > 1) {
            chars = Args.text(args[1], 1, out, site);
            if (chars == null) {
                return;
            }
        }
        ArenaText.trim(args[0], chars, leading, trailing, out, context.arena());
    }

    /**
     * The code points of {@code s} at 1-based positions in [{@code from}, {@code to}), clipped to
     * the string.
     */
    static String codePointRange(String s, long from, long to) {
        long first = Math.max(from, 1);
        if (to <= first) {
            return "";
        }
        int count = s.codePointCount(0, s.length());
        if (first > count) {
            return "";
        }
        long last = Math.min(to, (long) count + 1); // exclusive
        int begin = s.offsetByCodePoints(0, (int) first - 1);
        int end = s.offsetByCodePoints(begin, (int) (last - first));
        return s.substring(begin, end);
    }

    private static long saturatedAdd(long a, long b) {
        long r = a + b;
        if (((a ^ r) & (b ^ r)) < 0) {
            return a < 0 ? Long.MIN_VALUE : Long.MAX_VALUE;
        }
        return r;
    }

    /** The octet length of a text or LOB argument, or -1 after a type mismatch. */
    private static long octets(Slot a, Slot out, CallSite site) {
        ValueKind k = a.kind();
        if (k.isText()) {
            return utf8Length(a.getString());
        }
        if (k.isLob()) {
            return a.toValue().asBytes().length;
        }
        site.typeMismatch(out, 0, KindSet.TEXT_OR_LOB.description(), k);
        return -1;
    }

    /** The UTF-8 length of {@code s}, without encoding it. */
    static long utf8Length(String s) {
        long n = 0;
        int len = s.length();
        for (int i = 0; i < len; i++) {
            char c = s.charAt(i);
            if (c < 0x80) {
                n += 1;
            } else if (c < 0x800) {
                n += 2;
            } else if (Character.isHighSurrogate(c)
                    && i + 1 < len
                    && Character.isLowSurrogate(s.charAt(i + 1))) {
                n += 4;
                i++;
            } else {
                n += 3;
            }
        }
        return n;
    }
}
