package org.partiqlvm.plan;

import java.util.List;
import org.partiqlvm.syntax.ast.TypeName;

/** Static checks of the types written in CAST: their parameters must make sense. */
final class TypeNames {

    private TypeNames() {}

    /** Static checks of a type's parameters: {@code DECIMAL(p, s)} needs {@code 0 <= s <= p}. */
    static void check(TypeName type, PlanningContext context) {
        List<Integer> parameters = type.parameters();
        switch (type.name()) {
            case "DECIMAL", "NUMERIC", "DEC" -> {
                if (parameters.size() > 2) {
                    throw context.error(type.name() + " takes at most two parameters", type.span());
                }
                if (!parameters.isEmpty() && parameters.get(0) < 1) {
                    throw context.error(type.name() + " precision must be at least 1", type.span());
                }
                if (parameters.size() == 2
                        && (parameters.get(1) < 0 || parameters.get(1) > parameters.get(0))) {
                    throw context.error(
                            type.name()
                                    + " scale must be between 0 and the precision "
                                    + parameters.get(0),
                            type.span());
                }
            }
            case "CHAR", "CHARACTER", "VARCHAR", "CHARACTER VARYING", "FLOAT" -> {
                if (parameters.size() > 1 || !parameters.isEmpty() && parameters.get(0) < 1) {
                    throw context.error(
                            type.name() + " takes one positive length parameter", type.span());
                }
            }
            case "TIME", "TIMESTAMP" -> {
                if (parameters.size() > 1
                        || !parameters.isEmpty()
                                && (parameters.get(0) < 0 || parameters.get(0) > 9)) {
                    throw context.error(
                            type.name() + " precision must be between 0 and 9", type.span());
                }
            }
            default -> {}
        }
    }
}
