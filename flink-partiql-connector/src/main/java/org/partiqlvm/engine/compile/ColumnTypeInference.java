package org.partiqlvm.engine.compile;

import org.partiqlvm.engine.fn.BuiltinFunctions;
import org.partiqlvm.engine.fn.FunctionDefinition;
import org.partiqlvm.plan.node.ArithmeticChainNode;
import org.partiqlvm.plan.node.Between;
import org.partiqlvm.plan.node.Call;
import org.partiqlvm.plan.node.CaseNode;
import org.partiqlvm.plan.node.Cast;
import org.partiqlvm.plan.node.In;
import org.partiqlvm.plan.node.IsType;
import org.partiqlvm.plan.node.LikeNode;
import org.partiqlvm.plan.node.Lit;
import org.partiqlvm.plan.node.Op;
import org.partiqlvm.plan.node.PlanExpr;
import org.partiqlvm.value.CastTarget;
import org.partiqlvm.value.ValueKind;

/**
 * The static type of a SELECT column where the expression alone decides it: a CAST's target, a
 * literal's kind, a predicate's BOOL, arithmetic on known numeric types, the result type of a
 * built-in function ({@link org.partiqlvm.engine.fn.FunctionTraits#resultKind()}). Anything else (a
 * path into the data, an aggregate) is {@link #ANY}. The value may still be NULL or MISSING at run
 * time (in permissive mode a failed operation is MISSING).
 */
final class ColumnTypeInference {

    /**
     * The name of an unknown type: the same as {@code OutputSchema.ANY}, which the statement's
     * schema reports (the compiler sits beneath the schema's package; {@code OutputSchemaTest}
     * checks that they agree).
     */
    static final String ANY = "ANY";

    private ColumnTypeInference() {}

    /** The kind name ({@link ValueKind#name()}) of {@code expr}'s non-null values, or ANY. */
    static String of(PlanExpr expr) {
        if (expr instanceof Cast cast) {
            return cast.kind() == Cast.Kind.CAST ? ofType(cast.type()) : ValueKind.BOOL.name();
        }
        if (expr instanceof Lit lit) {
            ValueKind kind = lit.value().kind();
            return kind == ValueKind.NULL || kind == ValueKind.MISSING ? ANY : kind.name();
        }
        if (expr instanceof IsType
                || expr instanceof LikeNode
                || expr instanceof In
                || expr instanceof Between) {
            return ValueKind.BOOL.name();
        }
        if (expr instanceof Op op) {
            return ofOp(op);
        }
        if (expr instanceof ArithmeticChainNode chain) {
            String type = of(chain.args().get(0));
            for (int i = 1; i < chain.args().size(); i++) {
                type = arithmetic(type, of(chain.args().get(i)));
            }
            return type;
        }
        if (expr instanceof Call call) {
            return ofCall(call);
        }
        if (expr instanceof CaseNode caseWhen) {
            String type = caseWhen.otherwise() == null ? ANY : of(caseWhen.otherwise());
            for (CaseNode.Branch branch : caseWhen.branches()) {
                if (!of(branch.result()).equals(type)) {
                    return ANY;
                }
            }
            return type;
        }
        return ANY;
    }

    private static String ofOp(Op op) {
        switch (op.op()) {
            case NOT:
            case AND:
            case OR:
            case EQ:
            case NE:
            case LT:
            case LE:
            case GT:
            case GE:
                return ValueKind.BOOL.name();
            case NEG:
            case POS:
                return numeric(of(op.args().get(0)));
            default:
                return arithmetic(of(op.args().get(0)), of(op.args().get(1)));
        }
    }

    private static String ofCall(Call call) {
        FunctionDefinition builtin = BuiltinFunctions.lookup(call.name(), call.args().size());
        if (builtin != null && builtin.traits().resultKind() != null) {
            return builtin.traits().resultKind().name();
        }
        if (call.name().equals("coalesce") && !call.args().isEmpty()) {
            String type = of(call.args().get(0));
            for (PlanExpr arg : call.args()) {
                String t = of(arg);
                if (!t.equals(type) && !(arg instanceof Lit lit && lit.value().isNull())) {
                    return ANY;
                }
            }
            return type;
        }
        return ANY;
    }

    private static String numeric(String type) {
        return type.equals("INT") || type.equals("DECIMAL") || type.equals("FLOAT") ? type : ANY;
    }

    /** INT op INT is INT; DECIMAL with INT or DECIMAL is DECIMAL; FLOAT with any number FLOAT. */
    private static String arithmetic(String a, String b) {
        if (numeric(a).equals(ANY) || numeric(b).equals(ANY)) {
            return ANY;
        }
        if (a.equals("FLOAT") || b.equals("FLOAT")) {
            return "FLOAT";
        }
        if (a.equals("DECIMAL") || b.equals("DECIMAL")) {
            return "DECIMAL";
        }
        return "INT";
    }

    /** The kind of a CAST's result; ANY where no column kind says more (LIST, INTERVAL, ...). */
    private static String ofType(CastTarget type) {
        return switch (type.type()) {
            case BOOL -> ValueKind.BOOL.name();
            case SMALLINT, INT, BIGINT -> ValueKind.INT.name();
            case DECIMAL -> ValueKind.DECIMAL.name();
            case REAL, DOUBLE -> ValueKind.FLOAT.name();
            case STRING, VARCHAR, CHAR -> ValueKind.STRING.name();
            case SYMBOL -> ValueKind.SYMBOL.name();
            case DATE -> ValueKind.DATE.name();
            case TIME -> ValueKind.TIME.name();
            case TIMESTAMP -> ValueKind.TIMESTAMP.name();
            default -> ANY;
        };
    }
}
