package org.partiqlvm.plan;

import org.partiqlvm.plan.node.DynamicLookup;
import org.partiqlvm.plan.node.Global;
import org.partiqlvm.plan.node.PathStep;
import org.partiqlvm.plan.node.Var;
import org.partiqlvm.syntax.ast.AstEquivalence;

/**
 * Whether two planned expressions compute the same thing: equal up to source spans, variables
 * compared by id, and names compared without case when both were written without quotes. Used to
 * match a SELECT or HAVING expression with a GROUP BY key ({@code SELECT t.A ... GROUP BY T.a}).
 */
final class PlanEquivalence {

    private PlanEquivalence() {}

    static boolean equivalent(Object a, Object b) {
        return AstEquivalence.equalIgnoringSpans(a, b, PlanEquivalence::compareNames);
    }

    /** Variables by id; field, global and dynamic names without case unless quoted. */
    private static Boolean compareNames(
            Object a, Object b, java.util.function.BiPredicate<Object, Object> recurse) {
        if (a instanceof Var va) {
            return va.varId() == ((Var) b).varId();
        }
        if (a instanceof PathStep.Field fa) {
            PathStep.Field fb = (PathStep.Field) b;
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
