package org.partiqlvm.engine.compile;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.partiqlvm.engine.expr.Eval;
import org.partiqlvm.engine.expr.MemoEval;
import org.partiqlvm.engine.expr.TupleUnionEval;
import org.partiqlvm.engine.op.FilterOp;
import org.partiqlvm.engine.op.LimitOp;
import org.partiqlvm.engine.op.NestedLoopJoinOp;
import org.partiqlvm.engine.op.ProjectOp;
import org.partiqlvm.engine.op.QueryEval;
import org.partiqlvm.engine.op.RelSpec;
import org.partiqlvm.engine.op.ScanOp;
import org.partiqlvm.engine.op.SingleRowOp;
import org.partiqlvm.plan.PlanningException;
import org.partiqlvm.plan.node.Filter;
import org.partiqlvm.plan.node.Join;
import org.partiqlvm.plan.node.Let;
import org.partiqlvm.plan.node.Limit;
import org.partiqlvm.plan.node.Project;
import org.partiqlvm.plan.node.ProjectItem;
import org.partiqlvm.plan.node.ProjectValue;
import org.partiqlvm.plan.node.Query;
import org.partiqlvm.plan.node.RelNode;
import org.partiqlvm.plan.node.Scan;
import org.partiqlvm.plan.node.SingleBinding;

/**
 * Compiles the relational nodes of a logical plan into operator specs, one {@link RelSpec} per
 * node, and records where the projection leaves each row's output.
 */
final class RelCompiler {

    private final CompilationContext context;

    /** The nested-loop joins compiled so far, for {@link MemoScope}. */
    private final Map<Join, MemoScope.JoinSide> joins = new IdentityHashMap<>();

    RelCompiler(CompilationContext context) {
        this.context = context;
    }

    /** Compiles a query block. */
    CompiledQuery compileQuery(Query query) {
        // a nested query's expressions are memoized over its own joins only
        MemoScope enclosing = context.exprs().useMemo(null);
        try {
            return compileBlock(query);
        } finally {
            context.exprs().useMemo(enclosing);
        }
    }

    /**
     * Compiles what {@code compile} returns, the expressions of an operator evaluated once per row
     * of {@code input}: those that depend only on the outer row of a nested-loop join in {@code
     * input} are memoized per outer row ({@link MemoScope}).
     */
    <T> T overRowsOf(RelNode input, Supplier<T> compile) {
        MemoScope previous = context.exprs().useMemo(MemoScope.over(input, joins));
        try {
            return compile.get();
        } finally {
            context.exprs().useMemo(previous);
        }
    }

    private CompiledQuery compileBlock(Query query) {
        Output output = new Output();
        RelSpec rel = compile(query.rel(), output);
        if (output.slots == null) {
            throw new PlanningException("query has no projection", query.span(), context.source());
        }
        return new CompiledQuery(
                rel,
                output.slots,
                output.columnNames,
                output.columnNames == null ? null : output.columnTypes,
                query.ordered(),
                output.single);
    }

    /** Compiles a query used as a value, shaped as {@code shape}. */
    Eval queryValue(Query query, QueryEval.Shape shape) {
        CompiledQuery compiled = compileQuery(query);
        QueryEval.Shape effective = compiled.single() ? QueryEval.Shape.SINGLE : shape;
        return new QueryEval(
                compiled.rel(),
                compiled.outputSlots(),
                compiled.columnNames(),
                compiled.ordered(),
                effective,
                context.slots().state(),
                context.mode(),
                context.source(),
                query.span());
    }

    /** Where a query's projection leaves its output. */
    static final class Output {
        int[] slots;
        List<String> columnNames;

        /** The static type of each column ({@link ColumnTypeInference}), or null if unknown. */
        List<String> columnTypes;

        boolean single;
    }

    RelSpec compile(RelNode node, Output output) {
        ExprCompiler exprs = context.exprs();
        SlotAllocator slots = context.slots();
        if (node instanceof Scan scan) {
            return new ScanOp.Spec(
                    exprs.scanSource(scan.source()),
                    slots.temp(),
                    slots.variable(scan.asVar()),
                    scan.atVar() < 0 ? -1 : slots.variable(scan.atVar()),
                    context.mode(),
                    context.source(),
                    scan.span());
        }
        if (node instanceof SingleBinding) {
            return new SingleRowOp.Spec();
        }
        if (node instanceof Join join) {
            return join(join, output);
        }
        if (node instanceof Let let) {
            RelSpec input = compile(let.in(), output);
            List<Eval> evals = new ArrayList<>();
            int[] targets = new int[let.bindings().size()];
            for (int i = 0; i < targets.length; i++) {
                Let.Binding binding = let.bindings().get(i);
                evals.add(overRowsOf(let.in(), () -> exprs.compile(binding.expr())));
                targets[i] = slots.variable(binding.varId());
            }
            return new ProjectOp.Spec(input, evals, targets);
        }
        if (node instanceof Filter filter) {
            RelSpec input = compile(filter.in(), output);
            return new FilterOp.Spec(
                    input,
                    overRowsOf(filter.in(), () -> exprs.compile(filter.condition())),
                    slots.temp());
        }
        if (node instanceof Limit limit) {
            return new LimitOp.Spec(
                    compile(limit.in(), output),
                    limit.limit() == null ? null : exprs.compile(limit.limit()),
                    limit.offset() == null ? null : exprs.compile(limit.offset()),
                    slots.temp(),
                    context.source(),
                    context.mode());
        }
        if (node instanceof Project project) {
            return project(project, output);
        }
        if (node instanceof ProjectValue project) {
            RelSpec input = compile(project.in(), output);
            int slot = slots.temp();
            output.slots = new int[] {slot};
            output.columnNames = null;
            output.columnTypes = null;
            Eval value = overRowsOf(project.in(), () -> exprs.compile(project.value()));
            return new ProjectOp.Spec(input, List.of(value), output.slots);
        }
        return context.relForms().compile(node, output, this);
    }

    private RelSpec join(Join join, Output output) {
        Join.Kind kind = join.kind();
        RelNode left = join.left();
        RelNode right = join.right();
        if (kind == Join.Kind.RIGHT && !join.lateral()) {
            left = join.right();
            right = join.left();
            kind = Join.Kind.LEFT;
        }
        if (kind == Join.Kind.FULL) {
            return context.relForms().compile(join, output, this);
        }
        RelSpec hashed = context.relForms().hashJoin(join, kind, left, right, output, this);
        if (hashed != null) {
            return hashed;
        }
        RelSpec leftSpec = compile(left, output);
        RelSpec rightSpec = compile(right, output);
        int generation = context.slots().state();
        List<MemoEval> memos = new ArrayList<>();
        joins.put(join, new MemoScope.JoinSide(generation, left, memos));
        Eval condition =
                join.condition() == null
                        ? null
                        : overRowsOf(join, () -> context.exprs().compile(join.condition()));
        return new NestedLoopJoinOp.Spec(
                leftSpec,
                rightSpec,
                condition,
                context.slots().temp(),
                kind == Join.Kind.LEFT,
                VariableCollector.boundSlots(right, context.slots()),
                generation,
                memos);
    }

    private RelSpec project(Project project, Output output) {
        RelSpec input = compile(project.in(), output);
        ExprCompiler exprs = context.exprs();
        boolean spreads = false;
        List<Eval> evals = new ArrayList<>();
        List<String> names = new ArrayList<>();
        List<String> types = new ArrayList<>();
        List<List<String>> nullColumns = new ArrayList<>();
        for (ProjectItem item : project.items()) {
            evals.add(overRowsOf(project.in(), () -> exprs.compile(item.expr())));
            types.add(ColumnTypeInference.of(item.expr()));
            if (item instanceof ProjectItem.Column column) {
                names.add(column.name());
                nullColumns.add(List.of());
            } else {
                names.add(null);
                nullColumns.add(((ProjectItem.Spread) item).nullColumns());
                spreads = true;
            }
        }
        if (spreads) {
            int slot = context.slots().temp();
            output.slots = new int[] {slot};
            output.columnNames = null;
            output.columnTypes = null;
            Eval row =
                    new TupleUnionEval(
                            evals, names, nullColumns, context.slots().temp(), project.span());
            return new ProjectOp.Spec(input, List.of(row), output.slots);
        }
        int[] outputSlots = new int[evals.size()];
        for (int i = 0; i < outputSlots.length; i++) {
            outputSlots[i] = context.slots().temp();
        }
        output.slots = outputSlots;
        output.columnNames = names;
        output.columnTypes = types;
        return new ProjectOp.Spec(input, evals, outputSlots);
    }
}
