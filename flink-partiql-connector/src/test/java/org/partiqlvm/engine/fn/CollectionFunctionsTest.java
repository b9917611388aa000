package org.partiqlvm.engine.fn;

import static org.partiqlvm.engine.fn.FnTesting.assertCall;
import static org.partiqlvm.engine.fn.FnTesting.assertCallError;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** cardinality, exists and the coll_* aggregates, from coll-aggregate-function.ion and friends. */
class CollectionFunctionsTest {

    private static final String DATA = "[1, 1, 1, 2]";
    private static final String NUMBERS = "[1, 2.0, 3e0, 4, 5.]";

    @ParameterizedTest(name = "{0}({1}) = {2}")
    @CsvSource(
            delimiter = '|',
            quoteCharacter = '^',
            textBlock =
                    """
                    cardinality | [] | 0
                    cardinality | {a: 1, a: 2} | 2
                    cardinality | [[], [1, 2, 3], ({a: 1})] | 3
                    cardinality | $bag::[null] | 1
                    cardinality | [$missing::null] | 1
                    cardinality | null | null
                    cardinality | MISSING | MISSING
                    exists | [] | false
                    exists | {} | false
                    exists | () | false
                    exists | [null] | true
                    exists | {a: null} | true
                    exists | $bag::[$missing::null] | true
                    coll_count | $bag::[1, "non-number", null, $missing::null] | 2
                    coll_count | [5, {a: 2, b: 3}] | 2
                    coll_count | [$missing::null] | 0
                    coll_count | $bag::[] | 0
                    coll_count | null | null
                    coll_sum | [1, 1, 1, 2] | 5
                    coll_sum | [1, 2.0, 3e0, 4, 5.] | 15.0
                    coll_sum | [9223372036854775807, 1] | 9223372036854775808
                    coll_sum | [1e0, 2e0] | 3e0
                    coll_sum | $bag::[] | null
                    coll_sum | [null, $missing::null] | null
                    coll_avg | [1, 1, 1, 2] | 1.25
                    coll_avg | [2, 2, 2, 4] | 2.5
                    coll_avg | [1, 2.0, 3e0, 4, 5.] | 3.0
                    coll_avg | [1e0, 2e0] | 1.5e0
                    coll_avg | [1, 2] | 1.5
                    coll_avg | [1, 2, 3] | 2.
                    coll_avg | $bag::[] | null
                    coll_min | [1, 2.0, 3e0, 4, 5.] | 1
                    coll_max | [1, 2.0, 3e0, 4, 5.] | 5.
                    coll_max | $bag::[1, "non-number", null, $missing::null] | "non-number"
                    coll_min | $bag::[1, "non-number", null, $missing::null] | 1
                    coll_max | [$missing::null, null] | null
                    coll_max | [9223372036854775808, 1] | 9223372036854775808
                    coll_min | [3, 2.5, 2.6e0] | 2.5
                    coll_any | $bag::[false, true, false] | true
                    coll_any | [false, null] | false
                    coll_any | $bag::[null, true, $missing::null, false] | true
                    coll_some | [null, $missing::null] | null
                    coll_every | $bag::[true, false, true] | false
                    coll_every | $bag::[null, true, $missing::null, true] | true
                    coll_every | $bag::[] | null
                    coll_any | MISSING | MISSING
                    """)
    void oneArgument(String function, String arg, String expected) {
        assertCall(expected, function, arg);
    }

    @ParameterizedTest(name = "{0}({1}, {2}) = {3}")
    @CsvSource(
            delimiter = '|',
            quoteCharacter = '^',
            textBlock =
                    """
                    coll_count | "all" | [1, 1, 1, 2] | 4
                    coll_count | "distinct" | [1, 1, 1, 2] | 2
                    coll_count | "DISTINCT" | [1, 1.0, 1e0, 2] | 2
                    coll_sum | "distinct" | [1, 1, 1, 1, 2] | 3
                    coll_avg | "distinct" | [1, 1, 1, 1, 1, 3] | 2.
                    coll_max | "distinct" | [1, 2.0, 3e0, 4, 5.] | 5.
                    coll_every | "distinct" | [true, true] | true
                    coll_count | "distinct" | [null, null] | 0
                    coll_sum | "all" | null | null
                    """)
    void withSetQuantifier(String function, String quantifier, String arg, String expected) {
        assertCall(expected, function, quantifier, arg);
    }

    @Test
    void typeErrors() {
        assertCallError(
                "argument 1 must be a collection or STRUCT, found STRING",
                "cardinality",
                "\"foo\"");
        assertCallError(
                "argument 1 must be a collection, found STRING", "coll_max", "\"non-collection\"");
        assertCallError("argument 1 must be a collection, found STRUCT", "coll_count", "{a: 1}");
        assertCallError("must be numbers, found STRING", "coll_sum", "$bag::[1, \"non-number\"]");
        assertCallError("must be numbers, found STRING", "coll_avg", "[\"a\"]");
        assertCallError("must be BOOL, found INT", "coll_any", "$bag::[true, 5, true]");
        assertCallError("must be BOOL, found LIST", "coll_every", "[[true, false]]");
        assertCallError("'all' or 'distinct'", "coll_sum", "\"some\"", "[1]");
        assertCallError("argument 1 must be STRING or SYMBOL, found INT", "coll_sum", "1", "[1]");
    }
}
