package org.partiqlvm.plan;

import java.util.List;
import org.partiqlvm.syntax.ast.CastExpr;
import org.partiqlvm.syntax.ast.Expr;
import org.partiqlvm.syntax.ast.FieldStep;
import org.partiqlvm.syntax.ast.IndexStep;
import org.partiqlvm.syntax.ast.Path;
import org.partiqlvm.syntax.ast.PathStep;
import org.partiqlvm.syntax.ast.StringLiteral;
import org.partiqlvm.syntax.ast.VarRef;

/**
 * The names PartiQL gives to things written without an alias: SELECT items, FROM items and GROUP BY
 * keys.
 *
 * <p>A variable is named by itself, a path by its last step when that is a field name ({@code
 * s.books[1].title} is {@code title}, {@code t['a']} is {@code a}); anything else has no implicit
 * name and is numbered {@code _1}, {@code _2}, ... (SELECT items count only the unnamed items, as
 * the suite's {@code SELECT T.a, MAX(b)} giving {@code {a, _1}} shows; FROM items and GROUP BY keys
 * count their position).
 */
final class ImplicitNames {

    private ImplicitNames() {}

    /** The implicit name of a SELECT or FROM item, or null when it has none. */
    static String of(Expr expr) {
        if (expr instanceof VarRef ref) {
            return ref.name();
        }
        if (expr instanceof Path path) {
            List<PathStep> steps = path.steps();
            PathStep last = steps.get(steps.size() - 1);
            if (last instanceof FieldStep field) {
                return field.name();
            }
            if (last instanceof IndexStep index && index.index() instanceof StringLiteral s) {
                return s.value();
            }
        }
        return null;
    }

    /**
     * The implicit name of a GROUP BY key, or null: as {@link #of}, and a CAST is named after its
     * operand (the suite's {@code SELECT num ... GROUP BY CAST(num AS INT)} reads the key as {@code
     * num}).
     */
    static String ofGroupKey(Expr expr) {
        if (expr instanceof CastExpr cast && cast.kind() == CastExpr.Kind.CAST) {
            return ofGroupKey(cast.value());
        }
        return of(expr);
    }

    /** The positional name {@code _n}. */
    static String positional(int n) {
        return "_" + n;
    }
}
