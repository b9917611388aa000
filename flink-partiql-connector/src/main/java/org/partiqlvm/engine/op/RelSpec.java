package org.partiqlvm.engine.op;

import java.io.Serializable;

/**
 * The immutable, serializable description of a relational operator inside a compiled plan; the
 * factory of its per-VM instances (Trino's operator factory).
 */
public interface RelSpec extends Serializable {

    /** Creates a fresh operator instance for one VM. */
    RelOp create();
}
