package org.partiqlvm.plan;

import java.util.Locale;
import java.util.Set;
import org.partiqlvm.syntax.ParseException;
import org.partiqlvm.syntax.Parser;
import org.partiqlvm.syntax.ast.CallExpr;

/**
 * What the planner and the grammar make of a call by name, for whoever defines functions (the
 * engine's user-defined functions): the names the planner claims before any function lookup
 * (aggregates, special forms), and the names the grammar reads as other syntax ({@code cast(...)},
 * {@code exists(...)}). Names are compared in lower case.
 */
public final class FunctionNames {

    /** Calls the planner lowers to built-ins (special forms), whatever functions are defined. */
    private static final Set<String> SPECIAL_FORMS =
            Set.of("trim", "substring", "position", "overlay", "extract", "date_add", "date_diff");

    private FunctionNames() {}

    /** True for a SQL aggregate ({@code count}, {@code sum}, {@code avg}, ...), any case. */
    public static boolean isAggregate(String name) {
        return Aggregates.NAMES.contains(name.toLowerCase(Locale.ROOT));
    }

    /**
     * True for a special form's name ({@code trim}, {@code substring}, {@code extract}, ...), any
     * case: the planner lowers such a call itself.
     */
    public static boolean isSpecialForm(String name) {
        return SPECIAL_FORMS.contains(name.toLowerCase(Locale.ROOT));
    }

    /** True when {@code name(1)} parses as a call of {@code name} (not a keyword's syntax). */
    public static boolean parsesAsCall(String name) {
        try {
            return Parser.parseExpression(name + "(1)") instanceof CallExpr call
                    && call.name().equalsIgnoreCase(name);
        } catch (ParseException e) {
            return false;
        }
    }
}
