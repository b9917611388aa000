package org.partiqlvm.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.partiqlvm.engine.runtime.EvalMode;
import org.partiqlvm.value.Value;
import org.partiqlvm.value.ValueEquivalence;
import org.partiqlvm.value.ion.IonValueReader;

/**
 * An outer join's unmatched row binds the null-supplying variable to NULL standing for SQL's
 * null-extended row: its fields read as NULL, and its known columns spread as NULLs.
 */
class OuterJoinNullExtensionTest {

    private static final String ENV =
            "{stores: [{id: 5, books: [{title: \"A\", price: 5}]},"
                    + " {id: 6, books: [{title: \"E\", price: 10}]}, {id: 7, books: []}],"
                    + " t2: [{name: \"bb\", n: 12}, {name: \"ee\", n: 42}],"
                    + " t3: [{name: \"bb\", n: 13}]}";

    private static void assertResult(String statement, String expected) {
        Value env = IonValueReader.standard().read(ENV);
        List<String> names = List.of("stores", "t2", "t3");
        for (EvalMode mode : EvalMode.values()) {
            PartiQLVM vm =
                    new PartiQLVM(PlanCompiler.compile(statement, new CompileOptions(mode, names)));
            Bindings bindings = vm.newBindings();
            for (int i = 0; i < names.size(); i++) {
                bindings.set(i, env.fieldValue(i));
            }
            Value actual = vm.evaluate(bindings);
            assertThat(
                            ValueEquivalence.equivalent(
                                    IonValueReader.standard().read(expected), actual))
                    .as("%s in %s: %s", statement, mode, actual)
                    .isTrue();
        }
    }

    @Test
    void aFieldOfTheNullExtendedRowIsNull() {
        assertResult(
                "SELECT s.id AS id, b.title AS title FROM stores AS s LEFT OUTER JOIN s.books AS b"
                        + " ON b.price > 9",
                "$bag::[{id: 5, title: null}, {id: 6, title: \"E\"}, {id: 7, title: null}]");
        assertResult(
                "SELECT VALUE b IS NULL FROM stores AS s LEFT CROSS JOIN s.books AS b WHERE s.id = 7",
                "$bag::[true]");
    }

    @Test
    void otherNullsStillNavigateToMissing() {
        assertResult("SELECT VALUE {'t': b.title} FROM [null] AS b", "$bag::[{}]");
        assertResult("(NULL).a IS MISSING", "true");
    }

    @Test
    void theKnownColumnsOfTheNullExtendedRowSpreadAsNulls() {
        assertResult(
                "SELECT * FROM (SELECT name, n AS s2_n FROM t2) AS s2"
                        + " LEFT JOIN (SELECT name, n AS s3_n FROM t3) AS s3 ON s2.name = s3.name",
                "$bag::[{name: \"bb\", s2_n: 12, name: \"bb\", s3_n: 13},"
                        + " {name: \"ee\", s2_n: 42, name: null, s3_n: null}]");
        assertResult(
                "SELECT * FROM (SELECT * FROM t2) AS s2"
                        + " LEFT JOIN (SELECT * FROM t3) AS s3 ON s2.name = s3.name",
                "$bag::[{name: \"bb\", n: 12, name: \"bb\", n: 13}, {name: \"ee\", n: 42, _2: null}]");
    }
}
