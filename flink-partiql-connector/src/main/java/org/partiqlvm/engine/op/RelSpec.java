package org.partiqlvm.engine.op;

import java.io.Serializable;
import java.util.List;
import java.util.function.Function;
import org.partiqlvm.engine.expr.Eval;

/**
 * The immutable, serializable description of a relational operator inside a compiled plan; the
 * factory of its per-VM instances (Trino's operator factory).
 */
public interface RelSpec extends Serializable {

    /** Creates a fresh operator instance for one VM. */
    RelOp create();

    /**
     * The operators this one reads, in order (none for a scan, two for a join or set op). Every
     * spec of a plan overrides it; the default (none) is for specs made in tests.
     */
    default List<RelSpec> inputs() {
        return List.of();
    }

    /**
     * This operator's line in the physical plan (EXPLAIN): its name (the join strategy, say), what
     * it evaluates and the slots it writes ({@code $n}); {@code text} shows an evaluator as the
     * statement text it was compiled from. The default is the operator's class name.
     */
    default String describe(Function<Eval, String> text) {
        Class<?> c = getClass().getEnclosingClass();
        return (c != null ? c : getClass()).getSimpleName();
    }
}
