package org.partiqlvm.plan;

import java.util.List;
import java.util.Objects;
import org.partiqlvm.plan.node.Aggregate;
import org.partiqlvm.plan.node.ArithmeticChainNode;
import org.partiqlvm.plan.node.Between;
import org.partiqlvm.plan.node.Call;
import org.partiqlvm.plan.node.Cast;
import org.partiqlvm.plan.node.DynamicLookup;
import org.partiqlvm.plan.node.Exclude;
import org.partiqlvm.plan.node.Global;
import org.partiqlvm.plan.node.In;
import org.partiqlvm.plan.node.IsType;
import org.partiqlvm.plan.node.Join;
import org.partiqlvm.plan.node.Let;
import org.partiqlvm.plan.node.LikeNode;
import org.partiqlvm.plan.node.Limit;
import org.partiqlvm.plan.node.Lit;
import org.partiqlvm.plan.node.Op;
import org.partiqlvm.plan.node.Param;
import org.partiqlvm.plan.node.PathGet;
import org.partiqlvm.plan.node.PathStepNode;
import org.partiqlvm.plan.node.PlanExpr;
import org.partiqlvm.plan.node.Project;
import org.partiqlvm.plan.node.ProjectItem;
import org.partiqlvm.plan.node.Query;
import org.partiqlvm.plan.node.RelNode;
import org.partiqlvm.plan.node.Scan;
import org.partiqlvm.plan.node.SetOp;
import org.partiqlvm.plan.node.Sort;
import org.partiqlvm.plan.node.Subquery;
import org.partiqlvm.plan.node.Unpivot;
import org.partiqlvm.plan.node.Var;

/**
 * Whether two planned expressions compute the same thing: equal up to source spans, variables
 * compared by id, and names compared without case when both were written without quotes. Used to
 * match a SELECT or HAVING expression with a GROUP BY key ({@code SELECT t.A ... GROUP BY T.a}) and
 * an aggregate call with an earlier identical one.
 *
 * <p>Two nodes are equivalent when they are of the same class, their own attributes (everything but
 * spans and child nodes) agree, and their children ({@link PlanExpr#operands()}, {@link
 * RelNode#inputs()}, {@link RelNode#expressions()}) are equivalent in order. Where a child may be
 * absent (a LIKE without ESCAPE, a join without condition), its presence is an attribute.
 */
final class PlanEquivalence {

    private PlanEquivalence() {}

    static boolean equivalent(PlanExpr a, PlanExpr b) {
        if (a == b) {
            return true;
        }
        if (a == null || b == null || a.getClass() != b.getClass() || !sameAttributes(a, b)) {
            return false;
        }
        if (a instanceof Query qa) {
            return equivalent(qa.rel(), ((Query) b).rel());
        }
        return allEquivalent(a.operands(), b.operands());
    }

    private static boolean equivalent(RelNode a, RelNode b) {
        if (a.getClass() != b.getClass() || !sameAttributes(a, b)) {
            return false;
        }
        List<RelNode> left = a.inputs();
        List<RelNode> right = b.inputs();
        if (left.size() != right.size()) {
            return false;
        }
        for (int i = 0; i < left.size(); i++) {
            if (!equivalent(left.get(i), right.get(i))) {
                return false;
            }
        }
        return allEquivalent(a.expressions(), b.expressions());
    }

    private static boolean allEquivalent(List<PlanExpr> a, List<PlanExpr> b) {
        if (a.size() != b.size()) {
            return false;
        }
        for (int i = 0; i < a.size(); i++) {
            if (!equivalent(a.get(i), b.get(i))) {
                return false;
            }
        }
        return true;
    }

    /** The attributes of two expressions of the same class, children left out. */
    private static boolean sameAttributes(PlanExpr a, PlanExpr b) {
        if (a instanceof Lit la) {
            return la.value().equals(((Lit) b).value());
        } else if (a instanceof Var va) {
            return va.varId() == ((Var) b).varId();
        } else if (a instanceof Global ga) {
            Global gb = (Global) b;
            return sameName(ga.name(), ga.caseSensitive(), gb.name(), gb.caseSensitive());
        } else if (a instanceof DynamicLookup da) {
            DynamicLookup db = (DynamicLookup) b;
            return sameName(da.name(), da.caseSensitive(), db.name(), db.caseSensitive())
                    && da.globalsFirst() == db.globalsFirst();
        } else if (a instanceof Param pa) {
            return pa.index() == ((Param) b).index();
        } else if (a instanceof PathGet pa) {
            PathGet pb = (PathGet) b;
            return pa.nullTupleRoot() == pb.nullTupleRoot() && sameSteps(pa.steps(), pb.steps());
        } else if (a instanceof Call ca) {
            return ca.name().equals(((Call) b).name());
        } else if (a instanceof Op oa) {
            return oa.op() == ((Op) b).op();
        } else if (a instanceof ArithmeticChainNode ca) {
            return ca.ops().equals(((ArithmeticChainNode) b).ops());
        } else if (a instanceof LikeNode la) {
            LikeNode lb = (LikeNode) b;
            return la.negated() == lb.negated() && (la.escape() == null) == (lb.escape() == null);
        } else if (a instanceof Between ba) {
            return ba.negated() == ((Between) b).negated();
        } else if (a instanceof In ia) {
            return ia.negated() == ((In) b).negated();
        } else if (a instanceof IsType ia) {
            IsType ib = (IsType) b;
            return ia.negated() == ib.negated() && ia.type().equals(ib.type());
        } else if (a instanceof Cast ca) {
            Cast cb = (Cast) b;
            return ca.kind() == cb.kind() && ca.type().equals(cb.type());
        } else if (a instanceof Subquery sa) {
            return sa.coercion() == ((Subquery) b).coercion();
        } else if (a instanceof Query qa) {
            return qa.ordered() == ((Query) b).ordered();
        }
        // CaseNode, StructNew, ListNew, BagNew, SexpNew: their operands say it all (the number of
        // branches or fields follows from the number of operands).
        return true;
    }

    /** The attributes of two relations of the same class, children left out. */
    private static boolean sameAttributes(RelNode a, RelNode b) {
        if (a instanceof Scan sa) {
            Scan sb = (Scan) b;
            return sa.asVar() == sb.asVar() && sa.atVar() == sb.atVar() && sa.byVar() == sb.byVar();
        } else if (a instanceof Unpivot ua) {
            Unpivot ub = (Unpivot) b;
            return ua.asVar() == ub.asVar() && ua.atVar() == ub.atVar();
        } else if (a instanceof Join ja) {
            Join jb = (Join) b;
            return ja.kind() == jb.kind()
                    && ja.lateral() == jb.lateral()
                    && (ja.condition() == null) == (jb.condition() == null);
        } else if (a instanceof Let la) {
            List<Let.Binding> lb = ((Let) b).bindings();
            if (la.bindings().size() != lb.size()) {
                return false;
            }
            for (int i = 0; i < lb.size(); i++) {
                if (la.bindings().get(i).varId() != lb.get(i).varId()) {
                    return false;
                }
            }
            return true;
        } else if (a instanceof Aggregate aa) {
            return sameAggregate(aa, (Aggregate) b);
        } else if (a instanceof Sort sa) {
            List<Sort.SortKey> kb = ((Sort) b).keys();
            if (sa.keys().size() != kb.size()) {
                return false;
            }
            for (int i = 0; i < kb.size(); i++) {
                Sort.SortKey x = sa.keys().get(i);
                Sort.SortKey y = kb.get(i);
                if (x.ascending() != y.ascending() || x.nullsFirst() != y.nullsFirst()) {
                    return false;
                }
            }
            return true;
        } else if (a instanceof Limit la) {
            Limit lb = (Limit) b;
            return (la.limit() == null) == (lb.limit() == null)
                    && (la.offset() == null) == (lb.offset() == null);
        } else if (a instanceof Exclude ea) {
            List<Exclude.ExcludePath> pb = ((Exclude) b).paths();
            if (ea.paths().size() != pb.size()) {
                return false;
            }
            for (int i = 0; i < pb.size(); i++) {
                if (!sameSteps(ea.paths().get(i).steps(), pb.get(i).steps())) {
                    return false;
                }
            }
            return true;
        } else if (a instanceof Project pa) {
            return sameItems(pa.items(), ((Project) b).items());
        } else if (a instanceof SetOp sa) {
            SetOp sb = (SetOp) b;
            return sa.kind() == sb.kind()
                    && sa.all() == sb.all()
                    && sa.outer() == sb.outer()
                    && Objects.equals(sa.corresponding(), sb.corresponding());
        }
        // SingleBinding, Filter, Distinct, ProjectValue, Pivot, Elements: children only.
        return true;
    }

    private static boolean sameAggregate(Aggregate a, Aggregate b) {
        if (a.groupAsVar() != b.groupAsVar()
                || a.partial() != b.partial()
                || !a.groupAsFields().equals(b.groupAsFields())
                || a.keys().size() != b.keys().size()
                || a.aggregates().size() != b.aggregates().size()) {
            return false;
        }
        for (int i = 0; i < a.keys().size(); i++) {
            if (a.keys().get(i).varId() != b.keys().get(i).varId()) {
                return false;
            }
        }
        for (int i = 0; i < a.aggregates().size(); i++) {
            Aggregate.AggCall x = a.aggregates().get(i);
            Aggregate.AggCall y = b.aggregates().get(i);
            if (x.varId() != y.varId()
                    || !x.function().equals(y.function())
                    || x.distinct() != y.distinct()
                    || (x.arg() == null) != (y.arg() == null)) {
                return false;
            }
        }
        return true;
    }

    private static boolean sameItems(List<ProjectItem> a, List<ProjectItem> b) {
        if (a.size() != b.size()) {
            return false;
        }
        for (int i = 0; i < a.size(); i++) {
            ProjectItem x = a.get(i);
            ProjectItem y = b.get(i);
            if (x.getClass() != y.getClass()) {
                return false;
            }
            boolean same =
                    x instanceof ProjectItem.Column cx
                            ? cx.name().equals(((ProjectItem.Column) y).name())
                            : ((ProjectItem.Spread) x)
                                    .nullColumns()
                                    .equals(((ProjectItem.Spread) y).nullColumns());
            if (!same) {
                return false;
            }
        }
        return true;
    }

    /** The same kinds of steps, field names compared by {@link #sameName}; operands aside. */
    private static boolean sameSteps(List<PathStepNode> a, List<PathStepNode> b) {
        if (a.size() != b.size()) {
            return false;
        }
        for (int i = 0; i < a.size(); i++) {
            PathStepNode x = a.get(i);
            PathStepNode y = b.get(i);
            if (x.getClass() != y.getClass()) {
                return false;
            }
            if (x instanceof PathStepNode.Field fx) {
                PathStepNode.Field fy = (PathStepNode.Field) y;
                if (!sameName(fx.name(), fx.caseSensitive(), fy.name(), fy.caseSensitive())) {
                    return false;
                }
            }
        }
        return true;
    }

    private static boolean sameName(String a, boolean aSensitive, String b, boolean bSensitive) {
        return aSensitive || bSensitive
                ? a.equals(b) && aSensitive == bSensitive
                : a.equalsIgnoreCase(b);
    }
}
