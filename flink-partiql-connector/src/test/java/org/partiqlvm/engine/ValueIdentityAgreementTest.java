package org.partiqlvm.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.partiqlvm.engine.runtime.EvalMode;
import org.partiqlvm.value.BagValue;
import org.partiqlvm.value.StructValue;
import org.partiqlvm.value.Value;
import org.partiqlvm.value.ValueEquivalence;

/**
 * Every operator that decides whether two values are the same one (DISTINCT, GROUP BY, COUNT
 * DISTINCT, and the set operations in their SQL, OUTER and ALL forms) agrees, over random structs
 * whose fields are absent, NULL, {@code 1} or {@code 1.0}, or nested structs with an absent or NULL
 * field: a struct with a MISSING field is never the same as one with that field NULL.
 */
class ValueIdentityAgreementTest {

    private static final List<Value> A_VALUES =
            List.of(
                    Value.MISSING,
                    Value.NULL,
                    Value.ofLong(1),
                    Value.ofDecimal(new BigDecimal("1.0")),
                    Value.ofLong(2));

    private static final List<Value> B_VALUES =
            List.of(
                    Value.MISSING,
                    Value.NULL,
                    StructValue.empty(),
                    struct("c", Value.NULL),
                    struct("c", Value.ofLong(1)),
                    struct("c", Value.ofDecimal(new BigDecimal("1.00"))));

    private static StructValue struct(String name, Value v) {
        return StructValue.builder().add(name, v).build();
    }

    @Provide
    Arbitrary<List<Value>> bags() {
        Arbitrary<Value> element =
                Combinators.combine(Arbitraries.of(A_VALUES), Arbitraries.of(B_VALUES))
                        .as(
                                (a, b) -> {
                                    StructValue.Builder s = StructValue.builder();
                                    if (!a.isMissing()) {
                                        s.add("a", a);
                                    }
                                    if (!b.isMissing()) {
                                        s.add("b", b);
                                    }
                                    return (Value) s.build();
                                });
        return element.list().ofMaxSize(7);
    }

    @Property(tries = 60)
    void allIdentifyingOperatorsAgree(
            @ForAll("bags") List<Value> left, @ForAll("bags") List<Value> right) {
        List<Value> both = new ArrayList<>(left);
        both.addAll(right);
        List<Value> classes = distinct(both);
        for (EvalMode mode : EvalMode.values()) {
            Runner run = new Runner(mode, left, right, both);
            assertSameElements(run.rows("SELECT DISTINCT VALUE v FROM lr AS v"), classes);
            assertSameElements(run.rows("SELECT VALUE g FROM lr AS v GROUP BY v AS g"), classes);
            boolean permissive = mode == EvalMode.COERCE;
            if (permissive) {
                assertSameElements(
                        run.rows("SELECT DISTINCT x.a AS a, x.b AS b FROM lr AS x"), classes);
                assertSameElements(run.rows(sqlRows("UNION")), classes);
                assertSameElements(run.rows(sqlRows("OUTER UNION")), classes);
            }
            assertThat(run.rows("SELECT VALUE COUNT(DISTINCT v) FROM lr AS v"))
                    .containsExactly(Value.ofLong(classes.size()));
            assertThat(run.rows("COLL_COUNT(DISTINCT lr)").get(0).asLong())
                    .isEqualTo(classes.size());
            assertSameElements(run.rows(values("OUTER UNION")), classes);
            List<Value> intersect = new ArrayList<>();
            List<Value> except = new ArrayList<>();
            for (Value v : distinct(left)) {
                (count(right, v) > 0 ? intersect : except).add(v);
            }
            List<Value> intersectAll = new ArrayList<>();
            List<Value> exceptAll = new ArrayList<>();
            List<Value> unionAll = new ArrayList<>(both);
            for (Value v : distinct(left)) {
                int l = count(left, v);
                int r = count(right, v);
                for (int i = 0; i < Math.min(l, r); i++) {
                    intersectAll.add(v);
                }
                for (int i = 0; i < l - r; i++) {
                    exceptAll.add(v);
                }
            }
            for (String outer : permissive ? List.of("", "OUTER ") : List.<String>of()) {
                assertSameElements(run.rows(sqlRows(outer + "INTERSECT")), intersect);
                assertSameElements(run.rows(sqlRows(outer + "EXCEPT")), except);
                assertSameElements(run.rows(sqlRows(outer + "INTERSECT ALL")), intersectAll);
                assertSameElements(run.rows(sqlRows(outer + "EXCEPT ALL")), exceptAll);
                assertSameElements(run.rows(sqlRows(outer + "UNION ALL")), unionAll);
            }
            // whole values (structs with different fields) only combine with the OUTER forms
            assertSameElements(run.rows(values("OUTER INTERSECT")), intersect);
            assertSameElements(run.rows(values("OUTER EXCEPT")), except);
            assertSameElements(run.rows(values("OUTER INTERSECT ALL")), intersectAll);
            assertSameElements(run.rows(values("OUTER EXCEPT ALL")), exceptAll);
        }
    }

    /**
     * Rows of the columns a and b; in strict mode an absent field is an error, so there the
     * statements range over whole values instead (the SQL forms need rows of one shape).
     */
    private static String sqlRows(String op) {
        return "SELECT x.a AS a, x.b AS b FROM l AS x "
                + op
                + " SELECT y.a AS a, y.b AS b FROM r AS y";
    }

    private static String values(String op) {
        return "(SELECT VALUE x FROM l AS x) " + op + " (SELECT VALUE y FROM r AS y)";
    }

    /** The elements of {@code values} without repeats (by equivalence), in first-seen order. */
    private static List<Value> distinct(List<Value> values) {
        List<Value> out = new ArrayList<>();
        for (Value v : values) {
            if (count(out, v) == 0) {
                out.add(v);
            }
        }
        return out;
    }

    private static int count(List<Value> values, Value v) {
        int n = 0;
        for (Value w : values) {
            if (ValueEquivalence.equivalent(v, w)) {
                n++;
            }
        }
        return n;
    }

    /** Asserts equal multisets under equivalence. */
    private static void assertSameElements(List<Value> actual, List<Value> expected) {
        assertThat(actual).as("%s vs %s", actual, expected).hasSameSizeAs(expected);
        for (Value v : expected) {
            assertThat(count(actual, v)).as("%s in %s", v, actual).isEqualTo(count(expected, v));
        }
    }

    /** Runs statements over the globals l, r and lr (their concatenation). */
    private record Runner(EvalMode mode, List<Value> left, List<Value> right, List<Value> both) {
        List<Value> rows(String statement) {
            PartiQLVM vm =
                    new PartiQLVM(
                            PlanCompiler.compile(
                                    statement, new CompileOptions(mode, List.of("l", "r", "lr"))));
            Bindings b = vm.newBindings();
            b.set(0, BagValue.of(left));
            b.set(1, BagValue.of(right));
            b.set(2, BagValue.of(both));
            Value result = vm.evaluate(b);
            List<Value> rows = new ArrayList<>();
            if (result.kind().isCollection()) {
                for (int i = 0; i < result.size(); i++) {
                    rows.add(result.get(i));
                }
            } else {
                rows.add(result);
            }
            return rows;
        }
    }
}
