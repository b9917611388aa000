package org.partiqlvm.syntax;

import org.partiqlvm.syntax.ast.ArithmeticChainExpr;
import org.partiqlvm.syntax.ast.BetweenExpr;
import org.partiqlvm.syntax.ast.Binary;
import org.partiqlvm.syntax.ast.DecimalLiteral;
import org.partiqlvm.syntax.ast.Expr;
import org.partiqlvm.syntax.ast.InExpr;
import org.partiqlvm.syntax.ast.IntLiteral;
import org.partiqlvm.syntax.ast.IsTypeExpr;
import org.partiqlvm.syntax.ast.LikeExpr;
import org.partiqlvm.syntax.ast.Select;
import org.partiqlvm.syntax.ast.SetOpExpr;
import org.partiqlvm.syntax.ast.Unary;
import org.partiqlvm.syntax.ast.With;

/**
 * How tightly each expression form binds its operands, weakest first, as the {@link AstPrinter}
 * needs it: an operand is parenthesized when its form binds more weakly than its position requires.
 *
 * <p>Levels: {@code WITH ... body} (its body takes everything after it), set operations (UNION and
 * EXCEPT, then INTERSECT; a SELECT block counts as a set operation), OR, AND, NOT, predicates
 * (comparisons, IS, IN, LIKE, BETWEEN, never chained without parentheses), {@code ||}, {@code + -},
 * {@code * / %}, unary {@code + -}, and primaries.
 */
final class Precedence {

    static final int WITH = -1;
    static final int UNION_OR_EXCEPT = 0;
    static final int INTERSECT = 1;
    static final int OR = 2;
    static final int AND = 3;
    static final int NOT = 4;
    static final int PREDICATE = 5;
    static final int CONCAT = 6;
    static final int ADDITIVE = 7;
    static final int MULTIPLICATIVE = 8;
    static final int UNARY = 9;
    static final int PRIMARY = 10;

    /** The weakest form allowed bare where any expression but a query may stand. */
    static final int ANY = OR;

    /** Required of an operand that must be parenthesized whatever it is. */
    static final int PARENTHESIZED = PRIMARY + 1;

    private Precedence() {}

    /** The level of {@code e}'s outermost form. */
    static int of(Expr e) {
        if (e instanceof With) {
            return WITH;
        } else if (e instanceof Select) {
            return UNION_OR_EXCEPT;
        } else if (e instanceof SetOpExpr setOp) {
            return setOp.kind() == SetOpExpr.Kind.INTERSECT ? INTERSECT : UNION_OR_EXCEPT;
        } else if (e instanceof Binary binary) {
            return of(binary.op());
        } else if (e instanceof ArithmeticChainExpr chain) {
            return of(chain.ops().get(0));
        } else if (e instanceof Unary unary) {
            return unary.op() == Unary.Op.NOT ? NOT : UNARY;
        } else if (e instanceof LikeExpr
                || e instanceof BetweenExpr
                || e instanceof InExpr
                || e instanceof IsTypeExpr) {
            return PREDICATE;
        } else if (isNegativeNumber(e)) {
            return UNARY; // printed with a leading '-', which reads back as unary minus
        }
        return PRIMARY;
    }

    /** The level of a binary operator. */
    static int of(Binary.Op op) {
        return switch (op) {
            case OR -> OR;
            case AND -> AND;
            case EQ, NE, LT, LE, GT, GE, OVERLAPS -> PREDICATE;
            case CONCAT -> CONCAT;
            case ADD, SUB -> ADDITIVE;
            case MUL, DIV, MOD -> MULTIPLICATIVE;
        };
    }

    /** True for a numeric literal holding a negative value (the parser never makes one). */
    static boolean isNegativeNumber(Expr e) {
        return e instanceof IntLiteral integer && integer.value().signum() < 0
                || e instanceof DecimalLiteral decimal && decimal.value().signum() < 0;
    }
}
