package org.partiqlvm.engine.fn;

import java.util.List;

/**
 * Writes docs/functions.md from {@link BuiltinFunctions}: one row per definition with its
 * signature, result type, unknown handling and an example with its result. {@code FunctionDocsTest}
 * fails when the checked-in file differs from {@link #markdown()}.
 */
public final class FunctionDocs {

    /** The command that rewrites docs/functions.md from the registry. */
    public static final String REGENERATE =
            "mvn -B -q -pl flink-partiql-connector test -Dtest=FunctionDocsTest"
                    + " -Dfunctions.docs.write=true";

    private FunctionDocs() {}

    /** The whole page. */
    public static String markdown() {
        StringBuilder sb = new StringBuilder();
        sb.append("# Built-in functions\n\n")
                .append("<!-- Generated from BuiltinFunctions by FunctionDocs; do not edit. ")
                .append("Regenerate with: ")
                .append(REGENERATE)
                .append(" -->\n\n")
                .append(
                        """
                        Every function runs in both evaluation modes. A function marked *propagates* \
                        returns MISSING when an argument is MISSING, else NULL when an argument is \
                        NULL (a known argument of a type the parameter never accepts is still a type \
                        error); the others look at MISSING and NULL themselves. An argument of the \
                        wrong type, or a value the function cannot handle (an invalid date, bad JSON, \
                        a pattern that does not match the text), is MISSING in permissive mode and an \
                        error naming the function, the argument and its type in strict mode \
                        (`COERCE` / `ERROR`, see the README). Names are case-insensitive.

                        Regular expressions use RE2 syntax and run in linear time (RE2/J); a literal \
                        pattern is compiled once when the statement is planned, and an invalid one is \
                        a planning error. Datetime patterns are `java.time.format.DateTimeFormatter` \
                        patterns, as partiql-lang-kotlin's `TO_STRING`/`TO_TIMESTAMP`. `UTCNOW()` is \
                        read once per record (all the rows of a record agree); `UUID()` and `UTCNOW()` \
                        are not deterministic (their example results are samples). The *result* column \
                        is the type `OutputSchema` reports for a column computed by the function \
                        (when it names one type).

                        """)
                .append("| function | signature | result | unknowns | description | example |\n")
                .append("|---|---|---|---|---|---|\n");
        List<FunctionDefinition> all = BuiltinFunctions.all();
        for (FunctionDefinition d : all) {
            FunctionTraits t = d.traits();
            sb.append("| `")
                    .append(d.name())
                    .append("` | `")
                    .append(d.signature())
                    .append("` | ")
                    .append(t.resultText())
                    .append(t.deterministic() ? "" : " (non-deterministic)")
                    .append(" | ")
                    .append(d.nullPolicy() == NullPolicy.PROPAGATE ? "propagates" : "own")
                    .append(" | ")
                    .append(escape(d.description()))
                    .append(" | ")
                    .append(
                            t.example() == null
                                    ? ""
                                    : code(t.example()) + " → " + code(t.exampleResult()))
                    .append(" |\n");
        }
        return sb.toString();
    }

    private static String code(String s) {
        if (s == null) {
            return "";
        }
        String fence = s.contains("`") ? "`` " : "`";
        String close = s.contains("`") ? " ``" : "`";
        return fence + escape(s) + close;
    }

    private static String escape(String s) {
        return s.replace("|", "\\|");
    }
}
