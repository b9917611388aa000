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
import org.partiqlvm.plan.node.PathStep;
import org.partiqlvm.plan.node.Pivot;
import org.partiqlvm.plan.node.PlanExpr;
import org.partiqlvm.plan.node.Project;
import org.partiqlvm.plan.node.ProjectItem;
import org.partiqlvm.plan.node.ProjectValue;
import org.partiqlvm.plan.node.Query;
import org.partiqlvm.plan.node.RelNode;
import org.partiqlvm.plan.node.Scan;
import org.partiqlvm.plan.node.SetOp;
import org.partiqlvm.plan.node.SexpNew;
import org.partiqlvm.plan.node.SingleBinding;
import org.partiqlvm.plan.node.Sort;
import org.partiqlvm.plan.node.StructNew;
import org.partiqlvm.plan.node.Subquery;
import org.partiqlvm.plan.node.Unpivot;
import org.partiqlvm.plan.node.Var;
import org.partiqlvm.syntax.ast.TypeName;
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
            printer.line(0, "Value " + printer.expr(root, nested), nested);
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
        if (node instanceof Join join) {
            StringBuilder text = new StringBuilder("Join ").append(join.kind());
            if (join.lateral()) {
                text.append(" LATERAL");
            }
            if (join.condition() != null) {
                text.append(" ON ").append(expr(join.condition(), nested));
            }
            line(depth, text.toString(), nested);
            rel(join.left(), depth + 1);
            rel(join.right(), depth + 1);
        } else if (node instanceof SetOp setOp) {
            String text =
                    "SetOp "
                            + (setOp.outer() ? "OUTER " : "")
                            + setOp.kind()
                            + (setOp.all() ? " ALL" : " DISTINCT")
                            + corresponding(setOp.corresponding());
            line(depth, text, nested);
            rel(setOp.left(), depth + 1);
            rel(setOp.right(), depth + 1);
        } else {
            line(depth, describe(node, nested), nested);
            RelNode input = input(node);
            if (input != null) {
                rel(input, depth + 1);
            }
        }
    }

    /** The line of a node with at most one input. */
    private String describe(RelNode node, List<Object> nested) {
        if (node instanceof Scan scan) {
            StringBuilder text = new StringBuilder("Scan ");
            text.append(expr(scan.source(), nested)).append(" AS ").append(var(scan.asVar()));
            if (scan.atVar() >= 0) {
                text.append(" AT ").append(var(scan.atVar()));
            }
            if (scan.byVar() >= 0) {
                text.append(" BY ").append(var(scan.byVar()));
            }
            return text.toString();
        }
        if (node instanceof Unpivot unpivot) {
            StringBuilder text = new StringBuilder("Unpivot ");
            text.append(expr(unpivot.source(), nested)).append(" AS ").append(var(unpivot.asVar()));
            if (unpivot.atVar() >= 0) {
                text.append(" AT ").append(var(unpivot.atVar()));
            }
            return text.toString();
        }
        if (node instanceof SingleBinding) {
            return "SingleBinding";
        }
        if (node instanceof Elements elements) {
            return "Elements " + expr(elements.value(), nested);
        }
        if (node instanceof Let let) {
            List<String> parts = new ArrayList<>();
            for (Let.Binding binding : let.bindings()) {
                parts.add(var(binding.varId()) + " = " + expr(binding.expr(), nested));
            }
            return "Let " + String.join(", ", parts);
        }
        if (node instanceof Filter filter) {
            return "Filter " + expr(filter.condition(), nested);
        }
        if (node instanceof Aggregate agg) {
            return aggregate(agg, nested);
        }
        if (node instanceof Sort sort) {
            List<String> parts = new ArrayList<>();
            for (Sort.SortKey key : sort.keys()) {
                parts.add(
                        expr(key.expr(), nested)
                                + (key.ascending() ? " ASC" : " DESC")
                                + (key.nullsFirst() ? " NULLS FIRST" : " NULLS LAST"));
            }
            return "Sort " + String.join(", ", parts);
        }
        if (node instanceof Limit limit) {
            StringBuilder text = new StringBuilder("Limit");
            if (limit.limit() != null) {
                text.append(' ').append(expr(limit.limit(), nested));
            }
            if (limit.offset() != null) {
                text.append(" OFFSET ").append(expr(limit.offset(), nested));
            }
            return text.toString();
        }
        if (node instanceof Distinct) {
            return "Distinct";
        }
        if (node instanceof Exclude exclude) {
            List<String> parts = new ArrayList<>();
            for (Exclude.ExcludePath path : exclude.paths()) {
                parts.add(expr(path.root(), nested) + steps(path.steps(), nested));
            }
            return "Exclude " + String.join(", ", parts);
        }
        if (node instanceof Project project) {
            List<String> parts = new ArrayList<>();
            for (ProjectItem item : project.items()) {
                if (item instanceof ProjectItem.Column column) {
                    parts.add(column.name() + ": " + expr(column.expr(), nested));
                } else {
                    parts.add(expr(item.expr(), nested) + ".*");
                }
            }
            return "Project " + String.join(", ", parts);
        }
        if (node instanceof ProjectValue value) {
            return "ProjectValue " + expr(value.value(), nested);
        }
        if (node instanceof Pivot pivot) {
            return "Pivot " + expr(pivot.value(), nested) + " AT " + expr(pivot.key(), nested);
        }
        throw new IllegalStateException("unexpected node " + node);
    }

    private static String corresponding(List<String> names) {
        if (names == null) {
            return "";
        }
        return names.isEmpty() ? " CORRESPONDING" : " CORRESPONDING BY " + names;
    }

    private static RelNode input(RelNode node) {
        if (node instanceof Let n) {
            return n.in();
        } else if (node instanceof Filter n) {
            return n.in();
        } else if (node instanceof Aggregate n) {
            return n.in();
        } else if (node instanceof Sort n) {
            return n.in();
        } else if (node instanceof Limit n) {
            return n.in();
        } else if (node instanceof Distinct n) {
            return n.in();
        } else if (node instanceof Exclude n) {
            return n.in();
        } else if (node instanceof Project n) {
            return n.in();
        } else if (node instanceof ProjectValue n) {
            return n.in();
        } else if (node instanceof Pivot n) {
            return n.in();
        }
        return null;
    }

    private String aggregate(Aggregate agg, List<Object> nested) {
        StringBuilder text = new StringBuilder("Aggregate");
        if (agg.partial()) {
            text.append(" PARTIAL");
        }
        List<String> keys = new ArrayList<>();
        for (Aggregate.Key key : agg.keys()) {
            keys.add(var(key.varId()) + " = " + expr(key.expr(), nested));
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
                            + (call.arg() == null ? "*" : expr(call.arg(), nested))
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

    /** A variable known by its id: {@code name#id}. */
    private String var(int varId) {
        return varId < variables.size() ? variables.get(varId).name() + "#" + varId : "#" + varId;
    }

    private String expr(PlanExpr e, List<Object> nested) {
        if (e instanceof Lit lit) {
            return ValuePrinter.print(lit.value());
        } else if (e instanceof Var var) {
            return var.name() + "#" + var.varId();
        } else if (e instanceof Global global) {
            return "global(" + name(global.name(), global.caseSensitive()) + ")";
        } else if (e instanceof DynamicLookup lookup) {
            List<String> parts = new ArrayList<>();
            if (lookup.globalsFirst()) {
                parts.add("globals");
            }
            for (Var var : lookup.candidates()) {
                parts.add(expr(var, nested));
            }
            return "dynamic("
                    + name(lookup.name(), lookup.caseSensitive())
                    + "; "
                    + String.join(", ", parts)
                    + ")";
        } else if (e instanceof Param param) {
            return "?" + param.index();
        } else if (e instanceof PathGet path) {
            return expr(path.root(), nested) + steps(path.steps(), nested);
        } else if (e instanceof Call call) {
            return call.name() + "(" + list(call.args(), nested) + ")";
        } else if (e instanceof Op op) {
            String symbol = op.op().symbol();
            if (op.op().arity() == 1) {
                String space = symbol.length() > 1 ? " " : "";
                return "(" + symbol + space + expr(op.args().get(0), nested) + ")";
            }
            return "("
                    + expr(op.args().get(0), nested)
                    + " "
                    + symbol
                    + " "
                    + expr(op.args().get(1), nested)
                    + ")";
        } else if (e instanceof ArithmeticChainNode chain) {
            StringBuilder text = new StringBuilder();
            text.append("(".repeat(chain.ops().size())).append(expr(chain.args().get(0), nested));
            for (int i = 0; i < chain.ops().size(); i++) {
                text.append(' ')
                        .append(chain.ops().get(i).symbol())
                        .append(' ')
                        .append(expr(chain.args().get(i + 1), nested))
                        .append(')');
            }
            return text.toString();
        } else if (e instanceof LikeNode like) {
            return "("
                    + expr(like.value(), nested)
                    + (like.negated() ? " NOT LIKE " : " LIKE ")
                    + expr(like.pattern(), nested)
                    + (like.escape() == null ? "" : " ESCAPE " + expr(like.escape(), nested))
                    + ")";
        } else if (e instanceof Between between) {
            return "("
                    + expr(between.value(), nested)
                    + (between.negated() ? " NOT BETWEEN " : " BETWEEN ")
                    + expr(between.low(), nested)
                    + " AND "
                    + expr(between.high(), nested)
                    + ")";
        } else if (e instanceof In in) {
            return "("
                    + expr(in.value(), nested)
                    + (in.negated() ? " NOT IN " : " IN ")
                    + expr(in.collection(), nested)
                    + ")";
        } else if (e instanceof IsType is) {
            return "("
                    + expr(is.value(), nested)
                    + (is.negated() ? " IS NOT " : " IS ")
                    + type(is.type())
                    + ")";
        } else if (e instanceof Cast cast) {
            return cast.kind()
                    + "("
                    + expr(cast.value(), nested)
                    + " AS "
                    + type(cast.type())
                    + ")";
        } else if (e instanceof CaseNode caseWhen) {
            StringBuilder text = new StringBuilder("CASE");
            for (CaseNode.Branch branch : caseWhen.branches()) {
                text.append(" WHEN ")
                        .append(expr(branch.condition(), nested))
                        .append(" THEN ")
                        .append(expr(branch.result(), nested));
            }
            return text.append(" ELSE ")
                    .append(expr(caseWhen.otherwise(), nested))
                    .append(" END")
                    .toString();
        } else if (e instanceof StructNew struct) {
            List<String> parts = new ArrayList<>();
            for (StructNew.Field field : struct.fields()) {
                parts.add(expr(field.key(), nested) + ": " + expr(field.value(), nested));
            }
            return "{" + String.join(", ", parts) + "}";
        } else if (e instanceof ListNew list) {
            return "[" + list(list.elements(), nested) + "]";
        } else if (e instanceof BagNew bag) {
            return "<<" + list(bag.elements(), nested) + ">>";
        } else if (e instanceof SexpNew sexp) {
            return "SEXP(" + list(sexp.elements(), nested) + ")";
        }
        // Subquery or Query: printed after the line that uses it.
        String name = "$q" + nextQuery++;
        nested.add(name);
        nested.add(e);
        return name;
    }

    private String list(List<PlanExpr> exprs, List<Object> nested) {
        List<String> parts = new ArrayList<>();
        for (PlanExpr e : exprs) {
            parts.add(expr(e, nested));
        }
        return String.join(", ", parts);
    }

    private String steps(List<PathStep> steps, List<Object> nested) {
        StringBuilder text = new StringBuilder();
        for (PathStep step : steps) {
            if (step instanceof PathStep.Field field) {
                text.append('.').append(name(field.name(), field.caseSensitive()));
            } else if (step instanceof PathStep.Key key) {
                text.append("[key ").append(expr(key.name(), nested)).append(']');
            } else if (step instanceof PathStep.Index index) {
                text.append('[').append(expr(index.index(), nested)).append(']');
            } else if (step instanceof PathStep.AllElements) {
                text.append("[*]");
            } else {
                text.append(".*");
            }
        }
        return text.toString();
    }

    private static String name(String name, boolean caseSensitive) {
        return caseSensitive ? '"' + name.replace("\"", "\"\"") + '"' : name;
    }

    private static String type(TypeName type) {
        StringBuilder text = new StringBuilder(type.name());
        if (!type.parameters().isEmpty()) {
            text.append('(');
            for (int i = 0; i < type.parameters().size(); i++) {
                text.append(i == 0 ? "" : ", ").append(type.parameters().get(i));
            }
            text.append(')');
        }
        if (type.interval() != null) {
            text.append(' ').append(type.interval().start());
            if (type.interval().end() != null) {
                text.append(" TO ").append(type.interval().end());
            }
        }
        if (type.withTimeZone()) {
            text.append(" WITH TIME ZONE");
        }
        return text.toString();
    }
}
