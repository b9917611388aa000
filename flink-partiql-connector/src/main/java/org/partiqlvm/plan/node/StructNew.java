package org.partiqlvm.plan.node;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.partiqlvm.error.SourceSpan;

/**
 * A struct constructor {@code {k: v, ...}}; a field whose value is MISSING is left out, and so is a
 * field whose key is not a string or symbol in permissive mode (an error in strict mode; the
 * suite's {@code SELECT VALUE {v.a: v.b} ...} gives {@code {}} for a numeric {@code v.a}).
 *
 * @param fields the fields in order
 * @param span where the constructor was written
 */
public record StructNew(List<Field> fields, SourceSpan span) implements PlanExpr {

    public StructNew {
        fields = List.copyOf(fields);
        Objects.requireNonNull(span, "span");
    }

    /**
     * One {@code key: value} pair.
     *
     * @param key the field name expression (must give a string or symbol)
     * @param value the field value
     */
    public record Field(PlanExpr key, PlanExpr value) {

        public Field {
            Objects.requireNonNull(key, "key");
            Objects.requireNonNull(value, "value");
        }
    }

    @Override
    public List<PlanExpr> operands() {
        List<PlanExpr> out = new ArrayList<>(2 * fields.size());
        for (Field f : fields) {
            out.add(f.key());
            out.add(f.value());
        }
        return out;
    }

    @Override
    public PlanExpr withOperands(List<PlanExpr> operands) {
        Children.require(this, operands);
        List<Field> newFields = new ArrayList<>(fields.size());
        for (int i = 0; i < fields.size(); i++) {
            newFields.add(new Field(operands.get(2 * i), operands.get(2 * i + 1)));
        }
        return new StructNew(newFields, span);
    }

    @Override
    public <R> R accept(PlanExprVisitor<R> visitor) {
        return visitor.visit(this);
    }
}
