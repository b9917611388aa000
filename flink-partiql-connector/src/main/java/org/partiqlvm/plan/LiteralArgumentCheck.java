package org.partiqlvm.plan;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.partiqlvm.plan.node.Call;
import org.partiqlvm.plan.node.LikeNode;
import org.partiqlvm.plan.node.Lit;
import org.partiqlvm.plan.node.PlanExpr;
import org.partiqlvm.plan.node.Query;
import org.partiqlvm.plan.node.RelNode;
import org.partiqlvm.value.ValueKind;

/**
 * Rejects, before anything runs, a literal argument that can never have the type its operator
 * needs: {@code 'a' || 1}, {@code 1 LIKE 'x'}, {@code substring('abc', 1.5)}, {@code upper(true)},
 * {@code EXTRACT(YEAR FROM 1)}. NULL and MISSING literals pass (they propagate at run time), and so
 * does every non-literal argument, whose type is known only at run time.
 *
 * <p>The checked operators are the special forms the planner lowers (with their canonical names,
 * see {@link Call}) and the SQL string functions {@code upper}, {@code lower}, {@code char_length}
 * and {@code character_length}; other functions are the engine's to check.
 */
public final class LiteralArgumentCheck {

    /** What an argument must be. */
    private enum Expected {
        STRING("a string"),
        INTEGER("an integer"),
        DATETIME("a date, time, timestamp or interval");

        private final String description;

        Expected(String description) {
            this.description = description;
        }
    }

    private static final List<Expected> STRINGS = List.of(Expected.STRING, Expected.STRING);

    /** Per function, the expected type of each argument position (missing positions: any). */
    private static final Map<String, List<Expected>> SIGNATURES =
            Map.ofEntries(
                    Map.entry("concat", STRINGS),
                    Map.entry("trim_both", STRINGS),
                    Map.entry("trim_leading", STRINGS),
                    Map.entry("trim_trailing", STRINGS),
                    Map.entry("position", STRINGS),
                    Map.entry(
                            "substring",
                            List.of(Expected.STRING, Expected.INTEGER, Expected.INTEGER)),
                    Map.entry(
                            "overlay",
                            List.of(
                                    Expected.STRING,
                                    Expected.STRING,
                                    Expected.INTEGER,
                                    Expected.INTEGER)),
                    Map.entry("upper", List.of(Expected.STRING)),
                    Map.entry("lower", List.of(Expected.STRING)),
                    Map.entry("char_length", List.of(Expected.STRING)),
                    Map.entry("character_length", List.of(Expected.STRING)));

    private LiteralArgumentCheck() {}

    /**
     * Checks every call and LIKE of {@code plan}.
     *
     * @throws PlanningException at the first literal of the wrong type
     */
    public static void check(LogicalPlan plan) {
        visit(plan.root(), plan.source());
    }

    private static void visit(RelNode node, String source) {
        for (RelNode input : node.inputs()) {
            visit(input, source);
        }
        for (PlanExpr e : node.expressions()) {
            visit(e, source);
        }
    }

    private static void visit(PlanExpr node, String source) {
        if (node instanceof Call call) {
            checkCall(call, source);
        } else if (node instanceof LikeNode like) {
            String operator = like.negated() ? "NOT LIKE" : "LIKE";
            require(like.value(), Expected.STRING, operator, source);
            require(like.pattern(), Expected.STRING, operator, source);
            if (like.escape() != null) {
                require(like.escape(), Expected.STRING, operator + " ... ESCAPE", source);
            }
        } else if (node instanceof Query query) {
            visit(query.rel(), source);
        }
        for (PlanExpr operand : node.operands()) {
            visit(operand, source);
        }
    }

    private static void checkCall(Call call, String source) {
        String name = call.name();
        List<Expected> signature = SIGNATURES.get(name);
        if (signature == null && name.startsWith("extract_")) {
            signature = List.of(Expected.DATETIME);
        }
        if (signature == null) {
            return;
        }
        String shown = displayName(name);
        for (int i = 0; i < call.args().size() && i < signature.size(); i++) {
            require(call.args().get(i), signature.get(i), shown, source);
        }
    }

    private static String displayName(String name) {
        if (name.equals("concat")) {
            return "||";
        }
        if (name.startsWith("trim_")) {
            return "TRIM";
        }
        if (name.startsWith("extract_")) {
            return "EXTRACT";
        }
        return name.toUpperCase(Locale.ROOT);
    }

    private static void require(PlanExpr arg, Expected expected, String operator, String source) {
        if (!(arg instanceof Lit lit)) {
            return;
        }
        ValueKind kind = lit.value().kind();
        if (kind == ValueKind.NULL || kind == ValueKind.MISSING || matches(kind, expected)) {
            return;
        }
        throw new PlanningException(
                operator
                        + " expects "
                        + expected.description
                        + ", but "
                        + lit.value()
                        + " is "
                        + lit.value().typeName(),
                lit.span(),
                source);
    }

    private static boolean matches(ValueKind kind, Expected expected) {
        return switch (expected) {
            case STRING -> kind == ValueKind.STRING || kind == ValueKind.SYMBOL;
            case INTEGER -> kind == ValueKind.INT;
            case DATETIME ->
                    kind == ValueKind.DATE
                            || kind == ValueKind.TIME
                            || kind == ValueKind.TIMESTAMP
                            || kind == ValueKind.INTERVAL_YEAR_MONTH
                            || kind == ValueKind.INTERVAL_DAY_TIME;
        };
    }
}
