package org.partiqlvm.plan;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiPredicate;
import org.junit.jupiter.api.Test;
import org.partiqlvm.plan.node.DynamicLookup;
import org.partiqlvm.plan.node.Global;
import org.partiqlvm.plan.node.PathStepNode;
import org.partiqlvm.plan.node.PlanExpr;
import org.partiqlvm.plan.node.Var;
import org.partiqlvm.syntax.ast.AstEquivalence;

/**
 * {@link PlanEquivalence} against the reflective comparison of every record component ({@link
 * AstEquivalence} with the same rules for names and variables), for every pair of expressions of
 * one class in the plans of {@link PlanChildrenTest#STATEMENTS}, planned twice with different
 * spans.
 */
class PlanEquivalenceTest {

    @Test
    void agreesWithTheComponentByComponentComparison() {
        Map<Class<?>, List<PlanExpr>> byClass = new LinkedHashMap<>();
        for (String prefix : List.of("", "\n   ")) {
            for (Object node : PlanChildrenTest.nodes(prefix)) {
                if (node instanceof PlanExpr expr) {
                    byClass.computeIfAbsent(expr.getClass(), c -> new ArrayList<>()).add(expr);
                }
            }
        }
        int equivalent = 0;
        int different = 0;
        for (List<PlanExpr> exprs : byClass.values()) {
            for (PlanExpr a : exprs) {
                for (PlanExpr b : exprs) {
                    boolean expected = AstEquivalence.equalIgnoringSpans(a, b, this::names);
                    assertThat(PlanEquivalence.equivalent(a, b))
                            .as("%s vs %s", a, b)
                            .isEqualTo(expected);
                    if (expected && a != b) {
                        equivalent++;
                    } else if (!expected) {
                        different++;
                    }
                }
            }
        }
        assertThat(equivalent).isGreaterThan(500);
        assertThat(different).isGreaterThan(500);
    }

    /** The planner's rules: variables by id; names without case unless quoted. */
    private Boolean names(Object a, Object b, BiPredicate<Object, Object> recurse) {
        if (a instanceof Var va) {
            return va.varId() == ((Var) b).varId();
        }
        if (a instanceof PathStepNode.Field fa) {
            PathStepNode.Field fb = (PathStepNode.Field) b;
            return sameName(fa.name(), fa.caseSensitive(), fb.name(), fb.caseSensitive());
        }
        if (a instanceof Global ga) {
            Global gb = (Global) b;
            return sameName(ga.name(), ga.caseSensitive(), gb.name(), gb.caseSensitive());
        }
        if (a instanceof DynamicLookup da) {
            DynamicLookup db = (DynamicLookup) b;
            return sameName(da.name(), da.caseSensitive(), db.name(), db.caseSensitive())
                    && da.globalsFirst() == db.globalsFirst()
                    && recurse.test(da.candidates(), db.candidates());
        }
        return null;
    }

    private static boolean sameName(String a, boolean aSensitive, String b, boolean bSensitive) {
        return aSensitive || bSensitive
                ? a.equals(b) && aSensitive == bSensitive
                : a.equalsIgnoreCase(b);
    }
}
