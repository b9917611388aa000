package org.partiqlvm.plan;

import java.util.ArrayList;
import java.util.List;
import org.partiqlvm.plan.node.Aggregate;
import org.partiqlvm.plan.node.ArithmeticChainNode;
import org.partiqlvm.plan.node.BagNew;
import org.partiqlvm.plan.node.Between;
import org.partiqlvm.plan.node.Call;
import org.partiqlvm.plan.node.CaseNode;
import org.partiqlvm.plan.node.Cast;
import org.partiqlvm.plan.node.Distinct;
import org.partiqlvm.plan.node.DynamicLookup;
import org.partiqlvm.plan.node.Elements;
import org.partiqlvm.plan.node.Exclude;
import org.partiqlvm.plan.node.Filter;
import org.partiqlvm.plan.node.Global;
import org.partiqlvm.plan.node.In;
import org.partiqlvm.plan.node.IsType;
import org.partiqlvm.plan.node.Join;
import org.partiqlvm.plan.node.Let;
import org.partiqlvm.plan.node.LikeNode;
import org.partiqlvm.plan.node.Limit;
import org.partiqlvm.plan.node.ListNew;
import org.partiqlvm.plan.node.Lit;
import org.partiqlvm.plan.node.Op;
import org.partiqlvm.plan.node.Param;
import org.partiqlvm.plan.node.PathGet;
import org.partiqlvm.plan.node.PathStepNode;
import org.partiqlvm.plan.node.Pivot;
import org.partiqlvm.plan.node.PlanExpr;
import org.partiqlvm.plan.node.PlanExprVisitor;
import org.partiqlvm.plan.node.Project;
import org.partiqlvm.plan.node.ProjectItem;
import org.partiqlvm.plan.node.ProjectValue;
import org.partiqlvm.plan.node.Query;
import org.partiqlvm.plan.node.RelNode;
import org.partiqlvm.plan.node.RelNodeVisitor;
import org.partiqlvm.plan.node.Scan;
import org.partiqlvm.plan.node.SetOp;
import org.partiqlvm.plan.node.SexpNew;
import org.partiqlvm.plan.node.SingleBinding;
import org.partiqlvm.plan.node.Sort;
import org.partiqlvm.plan.node.StructNew;
import org.partiqlvm.plan.node.Subquery;
import org.partiqlvm.plan.node.Unpivot;
import org.partiqlvm.plan.node.Var;
import org.partiqlvm.value.CastTarget;
import org.partiqlvm.value.ValuePrinter;

/**
 * Renders a plan as EXPLAIN text: one relational node per line, children indented two spaces,
 * scalar expressions inline.
 *
 * <p>Variables print as {@code name#id} (a node that binds one shows it after {@code AS}/{@code
 * AT}), globals as {@code global(name)} (quoted when matched case-sensitively), parameters as
 * {@code ?0}, literals in PartiQL syntax. A query inside an expression prints as {@code $qN}, and
 * its plan follows the line that uses it, indented one more step, as {@code $qN = Query bag} (or
 * {@code $qN = Subquery SCALAR} above the query):
 *
 * <pre>
 * Query bag
 *   Project id: r#0.id, n: $q1
 *     $q1 = Query bag
 *       ProjectValue count#3
 *         Aggregate keys[] aggs[count#3 = count(*)]
 *           Scan r#0.items AS i#2
 *     Scan global("stream") AS r#0
 * </pre>
 */
public final class PlanPrinter {

    private final StringBuilder out = new StringBuilder();
    private final List<VarInfo> variables;
    private int nextQuery = 1;

    private PlanPrinter(List<VarInfo> variables) {
        this.variables = variables;
    }

    /** The EXPLAIN text of a plan, ending with a newline. */
    public static String print(LogicalPlan plan) {
        return print(plan.root(), plan.variables());
    }

    /**
     * The EXPLAIN text of a statement-level expression, ending with a newline.
     *
     * @param root the expression
     * @param variables the variables by id, for their names (variables beyond the list print as
     *     {@code #id})
     */
    public static String print(PlanExpr root, List<VarInfo> variables) {
        PlanPrinter printer = new PlanPrinter(variables);
        if (root instanceof Query query) {
            printer.query("", query, 0);
        } else {
            List<Object> nested = new ArrayList<>();
            printer.line(0, "Value " + printer.new ExprText(nested).of(root), nested);
        }
        return printer.out.toString();
    }

    private void query(String prefix, Query query, int depth) {
        String shape = query.rel() instanceof Pivot ? "struct" : query.ordered() ? "list" : "bag";
        out.append("  ".repeat(depth)).append(prefix).append("Query ").append(shape).append('\n');
        rel(query.rel(), depth + 1);
    }

    private void line(int depth, String text, List<Object> nested) {
        out.append("  ".repeat(depth)).append(text).append('\n');
        for (int i = 0; i < nested.size(); i += 2) {
            String name = (String) nested.get(i);
            PlanExpr expr = (PlanExpr) nested.get(i + 1);
            if (expr instanceof Subquery sub) {
                out.append("  ".repeat(depth + 1))
                        .append(name)
                        .append(" = Subquery ")
                        .append(sub.coercion())
                        .append('\n');
                query("", sub.query(), depth + 2);
            } else {
                query(name + " = ", (Query) expr, depth + 1);
            }
        }
    }

    private void rel(RelNode node, int depth) {
        List<Object> nested = new ArrayList<>();
        line(depth, node.accept(new RelLine(new ExprText(nested))), nested);
        for (RelNode input : node.inputs()) {
            rel(input, depth + 1);
        }
    }

    private static String corresponding(List<String> names) {
        if (names == null) {
            return "";
        }
        return names.isEmpty() ? " CORRESPONDING" : " CORRESPONDING BY " + names;
    }

    /** A variable known by its id: {@code name#id}. */
    private String var(int varId) {
        return varId < variables.size() ? variables.get(varId).name() + "#" + varId : "#" + varId;
    }

    /** The line of one relation; its inputs follow on lines of their own. */
    private final class RelLine implements RelNodeVisitor<String> {

        private final ExprText exprs;

        RelLine(ExprText exprs) {
            this.exprs = exprs;
        }

        @Override
        public String visit(Scan scan) {
            StringBuilder text = new StringBuilder("Scan ");
            text.append(exprs.of(scan.source())).append(" AS ").append(var(scan.asVar()));
            if (scan.atVar() >= 0) {
                text.append(" AT ").append(var(scan.atVar()));
            }
            if (scan.byVar() >= 0) {
                text.append(" BY ").append(var(scan.byVar()));
            }
            return text.toString();
        }

        @Override
        public String visit(Unpivot unpivot) {
            StringBuilder text = new StringBuilder("Unpivot ");
            text.append(exprs.of(unpivot.source())).append(" AS ").append(var(unpivot.asVar()));
            if (unpivot.atVar() >= 0) {
                text.append(" AT ").append(var(unpivot.atVar()));
            }
            return text.toString();
        }

        @Override
        public String visit(SingleBinding node) {
            return "SingleBinding";
        }

        @Override
        public String visit(Join join) {
            StringBuilder text = new StringBuilder("Join ").append(join.kind());
            if (join.lateral()) {
                text.append(" LATERAL");
            }
            if (join.condition() != null) {
                text.append(" ON ").append(exprs.of(join.condition()));
            }
            return text.toString();
        }

        @Override
        public String visit(Let let) {
            List<String> parts = new ArrayList<>();
            for (Let.Binding binding : let.bindings()) {
                parts.add(var(binding.varId()) + " = " + exprs.of(binding.expr()));
            }
            return "Let " + String.join(", ", parts);
        }

        @Override
        public String visit(Filter filter) {
            return "Filter " + exprs.of(filter.condition());
        }

        @Override
        public String visit(Aggregate agg) {
            StringBuilder text = new StringBuilder("Aggregate");
            if (agg.partial()) {
                text.append(" PARTIAL");
            }
            List<String> keys = new ArrayList<>();
            for (Aggregate.Key key : agg.keys()) {
                keys.add(var(key.varId()) + " = " + exprs.of(key.expr()));
            }
            text.append(" keys[").append(String.join(", ", keys)).append(']');
            List<String> calls = new ArrayList<>();
            for (Aggregate.AggCall call : agg.aggregates()) {
                calls.add(
                        var(call.varId())
                                + " = "
                                + call.function()
                                + "("
                                + (call.distinct() ? "DISTINCT " : "")
                                + (call.arg() == null ? "*" : exprs.of(call.arg()))
                                + ")");
            }
            text.append(" aggs[").append(String.join(", ", calls)).append(']');
            if (agg.groupAsVar() >= 0) {
                List<String> fields = new ArrayList<>();
                for (Aggregate.GroupAsField field : agg.groupAsFields()) {
                    fields.add(field.name() + ": " + var(field.varId()));
                }
                text.append(" GROUP AS ")
                        .append(var(agg.groupAsVar()))
                        .append(" {")
                        .append(String.join(", ", fields))
                        .append('}');
            }
            return text.toString();
        }

        @Override
        public String visit(Sort sort) {
            List<String> parts = new ArrayList<>();
            for (Sort.SortKey key : sort.keys()) {
                parts.add(
                        exprs.of(key.expr())
                                + (key.ascending() ? " ASC" : " DESC")
                                + (key.nullsFirst() ? " NULLS FIRST" : " NULLS LAST"));
            }
            return "Sort " + String.join(", ", parts);
        }

        @Override
        public String visit(Limit limit) {
            StringBuilder text = new StringBuilder("Limit");
            if (limit.limit() != null) {
                text.append(' ').append(exprs.of(limit.limit()));
            }
            if (limit.offset() != null) {
                text.append(" OFFSET ").append(exprs.of(limit.offset()));
            }
            return text.toString();
        }

        @Override
        public String visit(Distinct node) {
            return "Distinct";
        }

        @Override
        public String visit(Exclude exclude) {
            List<String> parts = new ArrayList<>();
            for (Exclude.ExcludePath path : exclude.paths()) {
                parts.add(exprs.of(path.root()) + exprs.steps(path.steps()));
            }
            return "Exclude " + String.join(", ", parts);
        }

        @Override
        public String visit(Project project) {
            List<String> parts = new ArrayList<>();
            for (ProjectItem item : project.items()) {
                parts.add(
                        item instanceof ProjectItem.Column column
                                ? column.name() + ": " + exprs.of(column.expr())
                                : exprs.of(item.expr()) + ".*");
            }
            return "Project " + String.join(", ", parts);
        }

        @Override
        public String visit(ProjectValue value) {
            return "ProjectValue " + exprs.of(value.value());
        }

        @Override
        public String visit(Pivot pivot) {
            return "Pivot " + exprs.of(pivot.value()) + " AT " + exprs.of(pivot.key());
        }

        @Override
        public String visit(SetOp setOp) {
            return "SetOp "
                    + (setOp.outer() ? "OUTER " : "")
                    + setOp.kind()
                    + (setOp.all() ? " ALL" : " DISTINCT")
                    + corresponding(setOp.corresponding());
        }

        @Override
        public String visit(Elements elements) {
            return "Elements " + exprs.of(elements.value());
        }
    }

    /**
     * The inline text of expressions; a query met inside one prints as {@code $qN} and is added to
     * {@code nested} (name, then expression), to be printed after the line.
     */
    private final class ExprText implements PlanExprVisitor<String> {

        private final List<Object> nested;

        ExprText(List<Object> nested) {
            this.nested = nested;
        }

        String of(PlanExpr e) {
            return e.accept(this);
        }

        private String list(List<PlanExpr> exprs) {
            List<String> parts = new ArrayList<>();
            for (PlanExpr e : exprs) {
                parts.add(of(e));
            }
            return String.join(", ", parts);
        }

        private String nested(PlanExpr query) {
            String name = "$q" + nextQuery++;
            nested.add(name);
            nested.add(query);
            return name;
        }

        String steps(List<PathStepNode> steps) {
            StringBuilder text = new StringBuilder();
            for (PathStepNode step : steps) {
                if (step instanceof PathStepNode.Field field) {
                    text.append('.').append(name(field.name(), field.caseSensitive()));
                } else if (step instanceof PathStepNode.Key key) {
                    text.append("[key ").append(of(key.name())).append(']');
                } else if (step instanceof PathStepNode.Index index) {
                    text.append('[').append(of(index.index())).append(']');
                } else if (step instanceof PathStepNode.AllElements) {
                    text.append("[*]");
                } else {
                    text.append(".*");
                }
            }
            return text.toString();
        }

        @Override
        public String visit(Lit lit) {
            return ValuePrinter.print(lit.value());
        }

        @Override
        public String visit(Var var) {
            return var.name() + "#" + var.varId();
        }

        @Override
        public String visit(Global global) {
            return "global(" + name(global.name(), global.caseSensitive()) + ")";
        }

        @Override
        public String visit(DynamicLookup lookup) {
            List<String> parts = new ArrayList<>();
            if (lookup.globalsFirst()) {
                parts.add("globals");
            }
            for (Var var : lookup.candidates()) {
                parts.add(of(var));
            }
            return "dynamic("
                    + name(lookup.name(), lookup.caseSensitive())
                    + "; "
                    + String.join(", ", parts)
                    + ")";
        }

        @Override
        public String visit(Param param) {
            return "?" + param.index();
        }

        @Override
        public String visit(PathGet path) {
            return of(path.root()) + steps(path.steps());
        }

        @Override
        public String visit(Call call) {
            return call.name() + "(" + list(call.args()) + ")";
        }

        @Override
        public String visit(Op op) {
            String symbol = op.op().symbol();
            if (op.op().arity() == 1) {
                String space = symbol.length() > 1 ? " " : "";
                return "(" + symbol + space + of(op.args().get(0)) + ")";
            }
            return "(" + of(op.args().get(0)) + " " + symbol + " " + of(op.args().get(1)) + ")";
        }

        @Override
        public String visit(ArithmeticChainNode chain) {
            StringBuilder text = new StringBuilder();
            text.append("(".repeat(chain.ops().size())).append(of(chain.args().get(0)));
            for (int i = 0; i < chain.ops().size(); i++) {
                text.append(' ')
                        .append(chain.ops().get(i).symbol())
                        .append(' ')
                        .append(of(chain.args().get(i + 1)))
                        .append(')');
            }
            return text.toString();
        }

        @Override
        public String visit(LikeNode like) {
            return "("
                    + of(like.value())
                    + (like.negated() ? " NOT LIKE " : " LIKE ")
                    + of(like.pattern())
                    + (like.escape() == null ? "" : " ESCAPE " + of(like.escape()))
                    + ")";
        }

        @Override
        public String visit(Between between) {
            return "("
                    + of(between.value())
                    + (between.negated() ? " NOT BETWEEN " : " BETWEEN ")
                    + of(between.low())
                    + " AND "
                    + of(between.high())
                    + ")";
        }

        @Override
        public String visit(In in) {
            return "("
                    + of(in.value())
                    + (in.negated() ? " NOT IN " : " IN ")
                    + of(in.collection())
                    + ")";
        }

        @Override
        public String visit(IsType is) {
            return "("
                    + of(is.value())
                    + (is.negated() ? " IS NOT " : " IS ")
                    + type(is.type())
                    + ")";
        }

        @Override
        public String visit(Cast cast) {
            return cast.kind() + "(" + of(cast.value()) + " AS " + type(cast.type()) + ")";
        }

        @Override
        public String visit(CaseNode caseNode) {
            StringBuilder text = new StringBuilder("CASE");
            for (CaseNode.Branch branch : caseNode.branches()) {
                text.append(" WHEN ")
                        .append(of(branch.condition()))
                        .append(" THEN ")
                        .append(of(branch.result()));
            }
            return text.append(" ELSE ").append(of(caseNode.otherwise())).append(" END").toString();
        }

        @Override
        public String visit(StructNew struct) {
            List<String> parts = new ArrayList<>();
            for (StructNew.Field field : struct.fields()) {
                parts.add(of(field.key()) + ": " + of(field.value()));
            }
            return "{" + String.join(", ", parts) + "}";
        }

        @Override
        public String visit(ListNew list) {
            return "[" + list(list.elements()) + "]";
        }

        @Override
        public String visit(BagNew bag) {
            return "<<" + list(bag.elements()) + ">>";
        }

        @Override
        public String visit(SexpNew sexp) {
            return "SEXP(" + list(sexp.elements()) + ")";
        }

        @Override
        public String visit(Subquery subquery) {
            return nested(subquery);
        }

        @Override
        public String visit(Query query) {
            return nested(query);
        }
    }

    private static String name(String name, boolean caseSensitive) {
        return caseSensitive ? '"' + name.replace("\"", "\"\"") + '"' : name;
    }

    /** A resolved type as SQL: {@code DECIMAL(5,2)}, {@code INTERVAL DAY TO SECOND}. */
    private static String type(CastTarget type) {
        return type.toString();
    }
}
