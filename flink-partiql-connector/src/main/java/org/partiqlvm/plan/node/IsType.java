package org.partiqlvm.plan.node;

import java.util.List;
import java.util.Objects;
import org.partiqlvm.error.SourceSpan;
import org.partiqlvm.syntax.ast.TypeName;

/**
 * {@code value IS [NOT] type}, including {@code IS NULL} (type name {@code NULL}) and {@code IS
 * MISSING} (type name {@code MISSING}).
 *
 * @param value the value tested
 * @param type the type tested for
 * @param negated true for {@code IS NOT}
 * @param span where the test was written
 */
public record IsType(PlanExpr value, TypeName type, boolean negated, SourceSpan span)
        implements PlanExpr {

    public IsType {
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(span, "span");
    }

    @Override
    public List<PlanExpr> operands() {
        return List.of(value);
    }
}
