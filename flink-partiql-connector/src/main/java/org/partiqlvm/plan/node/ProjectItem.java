package org.partiqlvm.plan.node;

import java.util.List;
import java.util.Objects;

/** One item of a {@link Project}: a named column, or all the fields of a struct. */
public sealed interface ProjectItem {

    /** The projected expression. */
    PlanExpr expr();

    /** This item with {@code expr} in place of its expression. */
    default ProjectItem withExpr(PlanExpr expr) {
        if (this instanceof Spread spread) {
            return new Spread(expr, spread.nullColumns());
        }
        return new Column(((Column) this).name(), expr);
    }

    /**
     * {@code expr AS name}; the field is left out of the result when the value is MISSING.
     *
     * @param name the field name (the alias, or the implicit name)
     * @param expr the value
     */
    record Column(String name, PlanExpr expr) implements ProjectItem {

        public Column {
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(expr, "expr");
        }
    }

    /**
     * {@code expr.*} (and each variable of {@code SELECT *}): every field of the struct value; a
     * NULL with {@code nullColumns} (an outer join's null-extended row of known columns) gives each
     * of them as NULL; any other value that is not a struct becomes one field named {@code _n},
     * {@code n} the 1-based position of this item in the list (MISSING adds nothing).
     *
     * @param expr the value spread
     * @param nullColumns the columns a NULL value stands for, or empty when unknown
     */
    record Spread(PlanExpr expr, List<String> nullColumns) implements ProjectItem {

        public Spread {
            Objects.requireNonNull(expr, "expr");
            nullColumns = List.copyOf(nullColumns);
        }

        /** A spread whose NULL value has no known columns. */
        public Spread(PlanExpr expr) {
            this(expr, List.of());
        }
    }
}
