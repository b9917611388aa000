package org.partiqlvm.plan;

/**
 * Where an expression is being planned: the scope of names, the grouping of its query block (null
 * before GROUP BY or when the block is not grouped), the clause (for messages such as "aggregate
 * functions are not allowed in WHERE"), and whether it is inside an aggregate's argument or is a
 * FROM source.
 */
record Env(
        Scope scope,
        Grouping grouping,
        String clause,
        boolean insideAggregate,
        boolean fromSource) {

    /** An expression of {@code clause} in {@code scope}, without grouping. */
    static Env of(Scope scope, String clause) {
        return new Env(scope, null, clause, false, false);
    }

    /** An expression of {@code clause} after grouping. */
    static Env grouped(Grouping grouping, String clause) {
        return new Env(grouping.postGroup(), grouping, clause, false, false);
    }

    /** A FROM source in {@code scope}: bare names prefer globals and are never fields. */
    static Env fromSource(Scope scope) {
        return new Env(scope, null, "FROM", false, true);
    }

    /** The same place, without the FROM-source rule (for the inner parts of a FROM source). */
    Env inner() {
        return fromSource ? new Env(scope, grouping, clause, insideAggregate, false) : this;
    }

    /** The argument of an aggregate: planned over the binding tuples before grouping. */
    Env aggregateArgument() {
        return new Env(grouping.preGroup(), null, clause, true, false);
    }

    /** The same expression planned as if the block were not grouped (to match GROUP BY keys). */
    Env beforeGrouping() {
        return new Env(grouping.preGroup(), null, clause, true, false);
    }
}
