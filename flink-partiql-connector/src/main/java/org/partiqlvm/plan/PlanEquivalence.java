package org.partiqlvm.plan;

import java.lang.reflect.RecordComponent;
import java.util.List;
import org.partiqlvm.plan.expr.DynamicLookup;
import org.partiqlvm.plan.expr.Global;
import org.partiqlvm.plan.expr.PathStep;
import org.partiqlvm.plan.expr.Var;
import org.partiqlvm.syntax.SourceSpan;

/**
 * Whether two planned expressions compute the same thing: equal up to source spans, variables
 * compared by id, and names compared without case when both were written without quotes. Used to
 * match a SELECT or HAVING expression with a GROUP BY key ({@code SELECT t.A ... GROUP BY T.a}).
 */
final class PlanEquivalence {

    private PlanEquivalence() {}

    static boolean equivalent(Object a, Object b) {
        if (a == b) {
            return true;
        }
        if (a == null || b == null || a.getClass() != b.getClass()) {
            return false;
        }
        if (a instanceof SourceSpan) {
            return true;
        }
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
                    && equivalent(da.candidates(), db.candidates());
        }
        if (a instanceof List<?> la) {
            List<?> lb = (List<?>) b;
            if (la.size() != lb.size()) {
                return false;
            }
            for (int i = 0; i < la.size(); i++) {
                if (!equivalent(la.get(i), lb.get(i))) {
                    return false;
                }
            }
            return true;
        }
        if (a.getClass().isRecord()) {
            for (RecordComponent component : a.getClass().getRecordComponents()) {
                if (!equivalent(Aggregates.value(component, a), Aggregates.value(component, b))) {
                    return false;
                }
            }
            return true;
        }
        return a.equals(b);
    }

    private static boolean sameName(String a, boolean aSensitive, String b, boolean bSensitive) {
        return aSensitive || bSensitive
                ? a.equals(b) && aSensitive == bSensitive
                : a.equalsIgnoreCase(b);
    }
}
