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
import org.partiqlvm.value.ListValue;
import org.partiqlvm.value.StructValue;
import org.partiqlvm.value.Value;
import org.partiqlvm.value.ValueEquivalence;

/**
 * Comma joins whose WHERE the planner splits (one-side filters pushed down, equalities turned into
 * hash joins) give the rows of the same condition kept whole in a CASE, which nothing can split (a
 * nested loop testing every pair), over random keys of mixed types with NULL and absent fields.
 */
class JoinPushdownEquivalenceTest {

    private static final List<Value> KEYS =
            List.of(
                    Value.ofLong(1),
                    Value.ofDecimal(new BigDecimal("1.0")),
                    Value.ofLong(2),
                    Value.ofString("a"),
                    Value.NULL,
                    Value.MISSING);

    private static final List<Value> NUMBERS =
            List.of(Value.ofLong(0), Value.ofLong(1), Value.ofLong(2), Value.NULL);

    @Provide
    Arbitrary<List<Value>> rows() {
        return Combinators.combine(
                        Arbitraries.of(KEYS),
                        Arbitraries.of(NUMBERS),
                        Arbitraries.of(KEYS).list().ofMaxSize(3))
                .as(
                        (k, x, items) -> {
                            StructValue.Builder s = StructValue.builder();
                            if (!k.isMissing()) {
                                s.add("k", k);
                            }
                            s.add("x", x);
                            List<Value> known = new ArrayList<>();
                            for (Value i : items) {
                                if (!i.isMissing()) {
                                    known.add(i);
                                }
                            }
                            s.add("items", ListValue.of(known));
                            return (Value) s.build();
                        })
                .list()
                .ofMaxSize(8);
    }

    @Property(tries = 40)
    void splitConditionsKeepTheRowsOfTheWholeCondition(
            @ForAll("rows") List<Value> t, @ForAll("rows") List<Value> u) {
        String[] conditions = {
            "a.k = b.k AND a.x > 0 AND b.x <> a.x",
            "a.k = b.k AND a.x = b.x",
            "(a.k = b.k OR a.x = 2) AND a.k = b.k AND b.x >= 1",
            "a.x = 1 AND b.x = 1",
        };
        for (EvalMode mode : EvalMode.values()) {
            List<Value> left = mode == EvalMode.ERROR ? withKeys(t) : t;
            List<Value> right = mode == EvalMode.ERROR ? withKeys(u) : u;
            for (String condition : conditions) {
                String select = "SELECT a.x AS ax, b.x AS bx, b.k AS k FROM t AS a, u AS b WHERE ";
                assertSameRows(
                        run(mode, select + condition, left, right),
                        run(mode, select + wholeCase(condition), left, right),
                        mode + " " + condition);
            }
            String lateral =
                    "SELECT a.x AS ax, i AS i, b.x AS bx FROM t AS a, a.items AS i, u AS b WHERE ";
            assertSameRows(
                    run(mode, lateral + "i = b.k AND a.x <= b.x", left, right),
                    run(mode, lateral + wholeCase("i = b.k AND a.x <= b.x"), left, right),
                    mode + " lateral");
        }
    }

    private static String wholeCase(String condition) {
        return "CASE WHEN " + condition + " THEN true ELSE false END";
    }

    /** In strict mode an absent field is an error on its own: give every row its key. */
    private static List<Value> withKeys(List<Value> rows) {
        List<Value> out = new ArrayList<>();
        for (Value row : rows) {
            if (row.get("k", true).isMissing()) {
                StructValue.Builder s = StructValue.builder().add("k", Value.NULL);
                for (int i = 0; i < row.fieldCount(); i++) {
                    s.add(row.fieldName(i), row.fieldValue(i));
                }
                out.add(s.build());
            } else {
                out.add(row);
            }
        }
        return out;
    }

    private static Value run(EvalMode mode, String statement, List<Value> t, List<Value> u) {
        PartiQLVM vm =
                new PartiQLVM(
                        PlanCompiler.compile(
                                statement, new CompileOptions(mode, List.of("t", "u"))));
        Bindings b = vm.newBindings();
        b.set(0, BagValue.of(t));
        b.set(1, BagValue.of(u));
        return vm.evaluate(b);
    }

    private static void assertSameRows(Value actual, Value expected, String what) {
        assertThat(ValueEquivalence.equivalent(actual, expected))
                .as("%s: %s vs %s", what, actual, expected)
                .isTrue();
    }
}
