package org.partiqlvm.plan;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.List;
import java.util.regex.Pattern;
import org.partiqlvm.plan.node.Lit;
import org.partiqlvm.plan.node.Operator;
import org.partiqlvm.plan.node.PlanExpr;
import org.partiqlvm.value.Value;
import org.partiqlvm.value.ValueKind;

/**
 * The SQL coercion of explicit literals in a comparison (spec section 12, "Coercion of literals for
 * SQL compatibility"): {@code 9 < '10'} is {@code 9 < 10}, because a string literal compared with a
 * numeric literal is read as the number it spells.
 *
 * <p>Only literals are rewritten, and only in the comparisons {@code = <> < <= > >=}: their types
 * are known before anything runs, as in SQL. A string that does not spell a number ({@code 9 <
 * 'ten'}) stays a string, and a comparison with anything other than a literal ({@code s.id = '5'})
 * keeps PartiQL's dynamic typing, where a number and a string are never equal.
 */
final class LiteralCoercion {

    private static final Pattern INTEGER = Pattern.compile("[+-]?[0-9]+");
    private static final Pattern DECIMAL = Pattern.compile("[+-]?([0-9]+\\.[0-9]*|\\.[0-9]+)");
    private static final Pattern FLOAT =
            Pattern.compile("[+-]?([0-9]+\\.?[0-9]*|\\.[0-9]+)[eE][+-]?[0-9]+");

    private LiteralCoercion() {}

    /**
     * The operands of {@code op} with a numeric string literal read as a number when the other
     * operand is a numeric literal; the operands themselves otherwise.
     */
    static List<PlanExpr> operands(Operator op, PlanExpr left, PlanExpr right) {
        if (!isComparison(op)) {
            return List.of(left, right);
        }
        if (isNumber(left) && right instanceof Lit string) {
            Value number = number(string);
            if (number != null) {
                return List.of(left, new Lit(number, string.span()));
            }
        }
        if (isNumber(right) && left instanceof Lit string) {
            Value number = number(string);
            if (number != null) {
                return List.of(new Lit(number, string.span()), right);
            }
        }
        return List.of(left, right);
    }

    private static boolean isComparison(Operator op) {
        return switch (op) {
            case EQ, NE, LT, LE, GT, GE -> true;
            default -> false;
        };
    }

    private static boolean isNumber(PlanExpr expr) {
        return expr instanceof Lit lit && lit.value().kind().isNumber();
    }

    /**
     * The number a STRING literal spells (an SQL signed numeric literal, surrounding spaces
     * ignored), as INT, DECIMAL or FLOAT like the literal itself would be; null when it is no
     * STRING or spells no number.
     */
    static Value number(Lit lit) {
        if (lit.value().kind() != ValueKind.STRING) {
            return null;
        }
        String text = lit.value().asString().strip();
        if (INTEGER.matcher(text).matches()) {
            return Value.ofBigInteger(new BigInteger(text));
        }
        if (DECIMAL.matcher(text).matches()) {
            return Value.ofDecimal(new BigDecimal(text));
        }
        if (FLOAT.matcher(text).matches()) {
            return Value.ofDouble(Double.parseDouble(text));
        }
        return null;
    }
}
