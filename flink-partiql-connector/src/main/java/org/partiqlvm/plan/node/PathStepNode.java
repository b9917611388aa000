package org.partiqlvm.plan.node;

import java.util.List;
import java.util.Objects;
import org.partiqlvm.error.SourceSpan;

/**
 * One step of a path: a {@link PathGet} uses only {@link Field}, {@link Key} and {@link Index}; the
 * wildcards {@link AllElements} ({@code [*]}) and {@link AllFields} ({@code .*}) appear only in
 * EXCLUDE paths, because the planner lowers a wildcard path expression to a {@link Query} (the spec
 * defines {@code a[*].b} as {@code SELECT VALUE v.b FROM a AS v} and {@code a.*.b} as {@code SELECT
 * VALUE v.b FROM UNPIVOT a AS v}).
 */
public sealed interface PathStepNode {

    /** Where the step was written. */
    SourceSpan span();

    /** The expressions of this step: the index or key expression, else none. */
    default List<PlanExpr> operands() {
        if (this instanceof Index i) {
            return List.of(i.index());
        }
        return this instanceof Key k ? List.of(k.name()) : List.of();
    }

    /** This step with {@code operands} in place of its {@link #operands()}. */
    default PathStepNode withOperands(List<PlanExpr> operands) {
        if (operands.size() != operands().size()) {
            throw new IllegalArgumentException("wrong operand count for " + this);
        }
        if (this instanceof Index i) {
            return new Index(operands.get(0), i.span());
        }
        return this instanceof Key k ? new Key(operands.get(0), k.span()) : this;
    }

    /**
     * {@code .name}: a field of a struct.
     *
     * @param name the field name
     * @param caseSensitive true when the name was quoted ({@code ."Name"}, {@code ['Name']})
     * @param span where the step was written
     */
    record Field(String name, boolean caseSensitive, SourceSpan span) implements PathStepNode {

        public Field {
            // Interned, like the field names Jackson reads: a struct lookup then matches by
            // identity before it compares characters (String.equals/equalsIgnoreCase check ==).
            name = Objects.requireNonNull(name, "name").intern();
            Objects.requireNonNull(span, "span");
        }
    }

    /**
     * {@code [expr]}: an element of a list by its 0-based position, or, when the index evaluates to
     * a string, a field of a struct (case-sensitive). A literal string index is planned as a
     * case-sensitive {@link Field} instead.
     *
     * @param index the index expression
     * @param span where the step was written
     */
    record Index(PlanExpr index, SourceSpan span) implements PathStepNode {

        public Index {
            Objects.requireNonNull(index, "index");
            Objects.requireNonNull(span, "span");
        }
    }

    /**
     * {@code [CAST(e AS STRING)]}: the field of a struct named by the string value of an expression
     * (case-sensitive).
     *
     * @param name the field name expression
     * @param span where the step was written
     */
    record Key(PlanExpr name, SourceSpan span) implements PathStepNode {

        public Key {
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(span, "span");
        }
    }

    /**
     * {@code [*]}: every element of a collection (EXCLUDE paths only).
     *
     * @param span where the step was written
     */
    record AllElements(SourceSpan span) implements PathStepNode {

        public AllElements {
            Objects.requireNonNull(span, "span");
        }
    }

    /**
     * {@code .*}: every field of a struct (EXCLUDE paths only).
     *
     * @param span where the step was written
     */
    record AllFields(SourceSpan span) implements PathStepNode {

        public AllFields {
            Objects.requireNonNull(span, "span");
        }
    }
}
