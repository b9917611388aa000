package org.partiqlvm.plan.node;

import java.util.List;
import java.util.Objects;
import org.partiqlvm.error.SourceSpan;

/**
 * A call of a scalar function by its lower-case name; the engine resolves the name and arity
 * against its function table.
 *
 * <p>Special forms are lowered to calls with canonical names: {@code trim_both(s[, chars])}, {@code
 * trim_leading}, {@code trim_trailing}, {@code substring(s, start[, length])}, {@code
 * position(needle, haystack)}, {@code overlay(s, placing, from[, for])}, {@code
 * extract_<field>(x)}, {@code date_add_<field>(amount, x)}, {@code date_diff_<field>(a, b)} (fields
 * in lower case: {@code year} ... {@code timezone_minute}), {@code concat(a, b)} for {@code ||}.
 * {@code COALESCE}, {@code NULLIF} and {@code EXISTS} are ordinary calls.
 *
 * @param name the lower-case function name
 * @param args the arguments
 * @param span where the call was written
 */
public record Call(String name, List<PlanExpr> args, SourceSpan span) implements PlanExpr {

    public Call {
        Objects.requireNonNull(name, "name");
        args = List.copyOf(args);
        Objects.requireNonNull(span, "span");
    }

    @Override
    public List<PlanExpr> operands() {
        return args;
    }

    @Override
    public PlanExpr withOperands(List<PlanExpr> operands) {
        return new Call(name, Children.require(this, operands), span);
    }

    @Override
    public <R> R accept(PlanExprVisitor<R> visitor) {
        return visitor.visit(this);
    }
}
