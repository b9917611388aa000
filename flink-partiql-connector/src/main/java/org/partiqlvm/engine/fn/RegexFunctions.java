package org.partiqlvm.engine.fn;

import com.google.re2j.Matcher;
import com.google.re2j.Pattern;
import com.google.re2j.PatternSyntaxException;
import java.util.ArrayList;
import java.util.List;
import org.partiqlvm.value.ListValue;
import org.partiqlvm.value.Slot;
import org.partiqlvm.value.Value;
import org.partiqlvm.value.ValueKind;

/**
 * Regular expressions with RE2/J: matching takes time linear in the input whatever the pattern (no
 * backtracking), so a hostile pattern cannot stall a job. The syntax is RE2's (no backreferences or
 * lookaround); a match may be anywhere in the string unless the pattern is anchored.
 *
 * <p>A literal pattern is compiled once, at plan time (an invalid one is a planning error); a
 * pattern computed per row is compiled through the VM's small cache ({@link FunctionContext}), and
 * an invalid one is a data error (MISSING in permissive mode). Names and group defaults are Flink
 * SQL's: {@code REGEXP_EXTRACT} takes group 0 (the whole match), {@code REGEXP_EXTRACT_ALL} group
 * 1.
 */
public final class RegexFunctions {

    private RegexFunctions() {}

    /** The body of a regular-expression function, given its compiled pattern. */
    @FunctionalInterface
    private interface Body extends java.io.Serializable {
        void apply(Pattern pattern, Slot[] args, Slot out, CallSite site);
    }

    /** Registers the functions. */
    static void register(FunctionTable t) {
        List<KindSet> text = List.of(KindSet.TEXT);
        List<KindSet> textTextInt = List.of(KindSet.TEXT, KindSet.TEXT, KindSet.INT);
        register(
                        t,
                        "regexp_like",
                        2,
                        3,
                        text,
                        RegexFunctions::like,
                        "True when the pattern matches somewhere in the string; flags (third"
                                + " argument): i case-insensitive, c case-sensitive, m multi-line,"
                                + " s dot matches newline.")
                .returns(ValueKind.BOOL)
                .example("REGEXP_LIKE('order-42', '^order-[0-9]+$')", "true");
        register(
                        t,
                        "regexp_extract",
                        2,
                        3,
                        textTextInt,
                        RegexFunctions::extract,
                        "The first match of the pattern, or its group n (default 0, the whole"
                                + " match); NULL when nothing matches.")
                .returns(ValueKind.STRING)
                .example("REGEXP_EXTRACT('id=17;id=42', 'id=([0-9]+)', 1)", "'17'");
        register(
                        t,
                        "regexp_replace",
                        3,
                        3,
                        text,
                        RegexFunctions::replace,
                        "The string with every match of the pattern replaced; $n in the"
                                + " replacement is group n.")
                .returns(ValueKind.STRING)
                .example(
                        "REGEXP_REPLACE('2024-03-15', '([0-9]+)-([0-9]+)-([0-9]+)', '$3/$2/$1')",
                        "'15/03/2024'");
        register(
                        t,
                        "regexp_split",
                        2,
                        2,
                        text,
                        RegexFunctions::split,
                        "The parts of the string between matches of the pattern, as a LIST of"
                                + " strings.")
                .returns(ValueKind.LIST)
                .example("REGEXP_SPLIT('a1b22c', '[0-9]+')", "['a', 'b', 'c']");
        register(
                        t,
                        "regexp_extract_all",
                        2,
                        3,
                        textTextInt,
                        RegexFunctions::extractAll,
                        "Every match of the pattern, or its group n (default 1), as a LIST of"
                                + " strings.")
                .returns(ValueKind.LIST)
                .example(
                        "REGEXP_EXTRACT_ALL('100-200, 300-400', '([0-9]+)-([0-9]+)')",
                        "['100', '300']");
    }

    private static FunctionTable.Entry register(
            FunctionTable t,
            String name,
            int min,
            int max,
            List<KindSet> parameters,
            Body body,
            String description) {
        boolean flags = name.equals("regexp_like");
        ContextualFunction dynamic =
                (args, out, site, context) -> {
                    Pattern p = runtimePattern(args, flags, out, site, context);
                    if (p != null) {
                        body.apply(p, args, out, site);
                    }
                };
        Specializer specializer =
                literals -> {
                    Value pattern = literals[1];
                    Value flagText = flags && literals.length > 2 ? literals[2] : null;
                    if (pattern == null
                            || !pattern.kind().isText()
                            || (flags
                                    && literals.length > 2
                                    && (flagText == null || !flagText.kind().isText()))) {
                        return null;
                    }
                    int f = 0;
                    if (flagText != null) {
                        f = flagBits(flagText.asString());
                        if (f < 0) {
                            throw new IllegalArgumentException(
                                    "invalid regular expression flags '"
                                            + flagText.asString()
                                            + "' (use i, c, m or s)");
                        }
                    }
                    Pattern compiled;
                    try {
                        compiled = Pattern.compile(pattern.asString(), f);
                    } catch (PatternSyntaxException e) {
                        throw new IllegalArgumentException(
                                "invalid regular expression: " + e.getMessage(), e);
                    }
                    return (args, out, site) -> {
                        if (Args.text(args[0], 0, out, site) != null) {
                            body.apply(compiled, args, out, site);
                        }
                    };
                };
        return t.add(name, min, max, parameters, dynamic, description).specializer(specializer);
    }

    /** The pattern (argument 2, with flags in argument 3 if {@code flags}) compiled, or null. */
    private static Pattern runtimePattern(
            Slot[] args, boolean flags, Slot out, CallSite site, FunctionContext context) {
        if (Args.text(args[0], 0, out, site) == null) {
            return null;
        }
        String pattern = Args.text(args[1], 1, out, site);
        if (pattern == null) {
            return null;
        }
        int f = 0;
        if (flags && args.length > 2) {
            String text = Args.text(args[2], 2, out, site);
            if (text == null) {
                return null;
            }
            f = flagBits(text);
            if (f < 0) {
                site.dataError(
                        out, "invalid regular expression flags '" + text + "' (use i, c, m or s)");
                return null;
            }
        }
        try {
            return context.regex(pattern, f);
        } catch (PatternSyntaxException e) {
            site.dataError(out, "invalid regular expression: " + e.getMessage());
            return null;
        }
    }

    /** The RE2/J flags of {@code text}, or -1 when it has an unknown letter. */
    static int flagBits(String text) {
        int f = 0;
        for (int i = 0; i < text.length(); i++) {
            switch (text.charAt(i)) {
                case 'i' -> f |= Pattern.CASE_INSENSITIVE;
                case 'c' -> f &= ~Pattern.CASE_INSENSITIVE;
                case 'm' -> f |= Pattern.MULTILINE;
                case 's', 'n' -> f |= Pattern.DOTALL;
                default -> {
                    return -1;
                }
            }
        }
        return f;
    }

    private static void like(Pattern p, Slot[] args, Slot out, CallSite site) {
        out.setBool(p.matcher(args[0].getString()).find());
    }

    private static void extract(Pattern p, Slot[] args, Slot out, CallSite site) {
        int group = group(p, args, 0, out, site);
        if (group < 0) {
            return;
        }
        Matcher m = p.matcher(args[0].getString());
        if (!m.find()) {
            out.setNull();
            return;
        }
        String g = m.group(group);
        if (g == null) {
            out.setNull();
        } else {
            out.setString(g);
        }
    }

    private static void extractAll(Pattern p, Slot[] args, Slot out, CallSite site) {
        int group = group(p, args, 1, out, site);
        if (group < 0) {
            return;
        }
        Matcher m = p.matcher(args[0].getString());
        List<Value> found = new ArrayList<>();
        while (m.find()) {
            String g = m.group(group);
            found.add(g == null ? Value.NULL : Value.ofString(g));
        }
        out.setValue(ListValue.of(found));
    }

    private static void replace(Pattern p, Slot[] args, Slot out, CallSite site) {
        String replacement = Args.text(args[2], 2, out, site);
        if (replacement == null) {
            return;
        }
        try {
            out.setString(p.matcher(args[0].getString()).replaceAll(replacement));
        } catch (IllegalArgumentException | IndexOutOfBoundsException e) {
            site.dataError(out, "invalid replacement '" + replacement + "': " + e.getMessage());
        }
    }

    private static void split(Pattern p, Slot[] args, Slot out, CallSite site) {
        String[] parts = p.split(args[0].getString(), -1);
        Value[] values = new Value[parts.length];
        for (int i = 0; i < parts.length; i++) {
            values[i] = Value.ofString(parts[i]);
        }
        out.setValue(ListValue.of(values));
    }

    /** The group argument (3rd, else {@code dflt}) checked against the pattern, or -1. */
    private static int group(Pattern p, Slot[] args, int dflt, Slot out, CallSite site) {
        long group = dflt;
        if (args.length > 2) {
            if (!Args.expect(args[2], KindSet.INT, 2, out, site)) {
                return -1;
            }
            group = Numbers.clampedLong(args[2]);
        }
        if (group < 0 || group > p.groupCount()) {
            site.dataError(
                    out,
                    "group "
                            + group
                            + " is out of range: the pattern '"
                            + p.pattern()
                            + "' has "
                            + p.groupCount()
                            + " group(s)");
            return -1;
        }
        return (int) group;
    }
}
