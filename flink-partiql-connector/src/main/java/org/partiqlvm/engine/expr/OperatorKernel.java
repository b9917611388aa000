package org.partiqlvm.engine.expr;

import org.partiqlvm.engine.fn.Arithmetic;
import org.partiqlvm.engine.fn.CallSite;
import org.partiqlvm.engine.fn.Comparison;
import org.partiqlvm.engine.fn.Logical;
import org.partiqlvm.engine.fn.ScalarFunction;
import org.partiqlvm.value.Slot;

/**
 * The built-in operators as {@link ScalarFunction}s, so that {@link CallEval} runs them like any
 * function. An enum, so a compiled plan serializes each operator by name.
 */
public enum OperatorKernel implements ScalarFunction {
    NEG {
        @Override
        public void invoke(Slot[] a, Slot out, CallSite site) {
            Arithmetic.negate(a[0], out, site);
        }
    },
    POS {
        @Override
        public void invoke(Slot[] a, Slot out, CallSite site) {
            Arithmetic.plus(a[0], out, site);
        }
    },
    ADD {
        @Override
        public void invoke(Slot[] a, Slot out, CallSite site) {
            Arithmetic.add(a[0], a[1], out, site);
        }
    },
    SUB {
        @Override
        public void invoke(Slot[] a, Slot out, CallSite site) {
            Arithmetic.subtract(a[0], a[1], out, site);
        }
    },
    MUL {
        @Override
        public void invoke(Slot[] a, Slot out, CallSite site) {
            Arithmetic.multiply(a[0], a[1], out, site);
        }
    },
    DIV {
        @Override
        public void invoke(Slot[] a, Slot out, CallSite site) {
            Arithmetic.divide(a[0], a[1], out, site);
        }
    },
    MOD {
        @Override
        public void invoke(Slot[] a, Slot out, CallSite site) {
            Arithmetic.modulo(a[0], a[1], out, site);
        }
    },
    EQ {
        @Override
        public void invoke(Slot[] a, Slot out, CallSite site) {
            Comparison.eq(a[0], a[1], out, site);
        }
    },
    NE {
        @Override
        public void invoke(Slot[] a, Slot out, CallSite site) {
            Comparison.ne(a[0], a[1], out, site);
        }
    },
    LT {
        @Override
        public void invoke(Slot[] a, Slot out, CallSite site) {
            Comparison.lt(a[0], a[1], out, site);
        }
    },
    LE {
        @Override
        public void invoke(Slot[] a, Slot out, CallSite site) {
            Comparison.le(a[0], a[1], out, site);
        }
    },
    GT {
        @Override
        public void invoke(Slot[] a, Slot out, CallSite site) {
            Comparison.gt(a[0], a[1], out, site);
        }
    },
    GE {
        @Override
        public void invoke(Slot[] a, Slot out, CallSite site) {
            Comparison.ge(a[0], a[1], out, site);
        }
    },
    NOT {
        @Override
        public void invoke(Slot[] a, Slot out, CallSite site) {
            Logical.not(a[0], out, site);
        }
    },
    AND {
        @Override
        public void invoke(Slot[] a, Slot out, CallSite site) {
            Logical.and(a[0], a[1], out, site);
        }
    },
    OR {
        @Override
        public void invoke(Slot[] a, Slot out, CallSite site) {
            Logical.or(a[0], a[1], out, site);
        }
    },
    BETWEEN {
        @Override
        public void invoke(Slot[] a, Slot out, CallSite site) {
            Comparison.between(a[0], a[1], a[2], out, site);
        }
    },
    IN {
        @Override
        public void invoke(Slot[] a, Slot out, CallSite site) {
            Comparison.in(a[0], a[1], out, site);
        }
    },
    NOT_IN {
        @Override
        public void invoke(Slot[] a, Slot out, CallSite site) {
            Comparison.notIn(a[0], a[1], out, site);
        }
    }
}
