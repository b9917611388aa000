package org.partiqlvm.engine.fn;

import static org.partiqlvm.engine.fn.FnTesting.assertCall;
import static org.partiqlvm.engine.fn.FnTesting.assertCallError;

import org.junit.jupiter.api.Test;

/** tupleunion, the spec's TUPLEUNION (spec section "SQL's *"; eval-equiv section-6). */
class StructFunctionsTest {

    @Test
    void concatenatesTheFieldsOfItsStructArgumentsInOrder() {
        assertCall("{b: 2, a: 1, c: 3}", "tupleunion", "{b: 2}", "{a: 1}", "{c: 3}");
        assertCall("{a: 1, b: [2]}", "tupleunion", "{a: 1, b: [2]}");
        assertCall("{}", "tupleunion", "{}", "{}");
        assertCall("{}", "tupleunion");
    }

    @Test
    void keepsDuplicateNames() {
        assertCall("{a: 1, a: 2, a: 3}", "tupleunion", "{a: 1}", "{a: 2, a: 3}");
    }

    @Test
    void unknownArgumentsPropagateMissingFirst() {
        assertCall("null", "tupleunion", "{a: 1}", "null");
        assertCall("MISSING", "tupleunion", "null", "MISSING");
    }

    @Test
    void aNonStructArgumentIsATypeMismatch() {
        assertCallError("STRUCT", "tupleunion", "{a: 1}", "1");
        assertCallError("STRUCT", "tupleunion", "[{a: 1}]");
        assertCallError("STRUCT", "tupleunion", "1", "null");
    }
}
