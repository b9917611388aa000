package org.partiqlvm.engine.compile;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.partiqlvm.engine.expr.Eval;
import org.partiqlvm.engine.fn.AggregateFunction;
import org.partiqlvm.engine.op.AggregateOp;
import org.partiqlvm.engine.op.DistinctOp;
import org.partiqlvm.engine.op.ElementsOp;
import org.partiqlvm.engine.op.ExcludeOp;
import org.partiqlvm.engine.op.ExcludeTree;
import org.partiqlvm.engine.op.FullOuterJoinOp;
import org.partiqlvm.engine.op.HashJoinOp;
import org.partiqlvm.engine.op.PivotOp;
import org.partiqlvm.engine.op.RelSpec;
import org.partiqlvm.engine.op.SetOpOp;
import org.partiqlvm.engine.op.SortOp;
import org.partiqlvm.engine.op.UnpivotOp;
import org.partiqlvm.plan.PlanningException;
import org.partiqlvm.plan.node.Aggregate;
import org.partiqlvm.plan.node.Distinct;
import org.partiqlvm.plan.node.Elements;
import org.partiqlvm.plan.node.Exclude;
import org.partiqlvm.plan.node.Join;
import org.partiqlvm.plan.node.Lit;
import org.partiqlvm.plan.node.PathStepNode;
import org.partiqlvm.plan.node.Pivot;
import org.partiqlvm.plan.node.PlanExpr;
import org.partiqlvm.plan.node.RelNode;
import org.partiqlvm.plan.node.SetOp;
import org.partiqlvm.plan.node.Sort;
import org.partiqlvm.plan.node.Unpivot;
import org.partiqlvm.value.Value;

/**
 * Compiles the relational nodes that materialize or reshape rows: DISTINCT, ORDER BY, GROUP BY,
 * PIVOT, UNPIVOT, set operations (and their expression operands), EXCLUDE, FULL joins, and the
 * choice of a hash join for non-lateral equi-joins.
 */
final class RelFormCompiler {

    private final CompilationContext context;

    RelFormCompiler(CompilationContext context) {
        this.context = context;
    }

    RelSpec compile(RelNode node, RelCompiler.Output output, RelCompiler rels) {
        if (node instanceof Sort sort) {
            return sort(sort, output, rels);
        } else if (node instanceof Distinct distinct) {
            return distinct(distinct, output, rels);
        } else if (node instanceof Aggregate aggregate) {
            return aggregate(aggregate, output, rels);
        } else if (node instanceof Pivot pivot) {
            return pivot(pivot, output, rels);
        } else if (node instanceof Unpivot unpivot) {
            return unpivot(unpivot);
        } else if (node instanceof Exclude exclude) {
            return exclude(exclude, output, rels);
        } else if (node instanceof SetOp setOp) {
            return setOp(setOp, output, rels);
        } else if (node instanceof Elements elements) {
            return elements(elements, output, null);
        } else if (node instanceof Join join && join.kind() == Join.Kind.FULL) {
            return fullJoin(join, output, rels);
        }
        // RelCompiler handles every other node kind; reaching here is a bug, not a user error.
        throw new IllegalStateException("no operator for plan node " + node);
    }

    private RelSpec sort(Sort sort, RelCompiler.Output output, RelCompiler rels) {
        RelSpec input = rels.compile(sort.in(), output);
        int n = sort.keys().size();
        List<Eval> keys = new ArrayList<>(n);
        boolean[] ascending = new boolean[n];
        boolean[] nullsFirst = new boolean[n];
        for (int k = 0; k < n; k++) {
            Sort.SortKey key = sort.keys().get(k);
            keys.add(rels.overRowsOf(sort.in(), () -> context.exprs().compile(key.expr())));
            ascending[k] = key.ascending();
            nullsFirst[k] = key.nullsFirst();
        }
        return new SortOp.Spec(
                input,
                keys,
                ascending,
                nullsFirst,
                context.slots().temp(),
                VariableCollector.boundSlots(sort.in(), context.slots()));
    }

    private RelSpec distinct(Distinct distinct, RelCompiler.Output output, RelCompiler rels) {
        RelSpec input = rels.compile(distinct.in(), output);
        if (output.slots == null) {
            throw new PlanningException(
                    "DISTINCT needs a projection below it", distinct.span(), context.source());
        }
        return new DistinctOp.Spec(input, output.slots, output.columnNames);
    }

    private RelSpec aggregate(Aggregate aggregate, RelCompiler.Output output, RelCompiler rels) {
        RelSpec input = rels.compile(aggregate.in(), output);
        SlotAllocator slots = context.slots();
        int keyCount = aggregate.keys().size();
        List<Eval> keys = new ArrayList<>(keyCount);
        int[] keySlots = new int[keyCount];
        boolean[] bindsKey = new boolean[keyCount];
        for (int i = 0; i < keyCount; i++) {
            Aggregate.Key key = aggregate.keys().get(i);
            keys.add(rels.overRowsOf(aggregate.in(), () -> context.exprs().compile(key.expr())));
            bindsKey[i] = key.varId() >= 0;
            keySlots[i] = bindsKey[i] ? slots.variable(key.varId()) : slots.temp();
        }
        List<AggregateOp.Call> calls = new ArrayList<>();
        for (Aggregate.AggCall call : aggregate.aggregates()) {
            calls.add(rels.overRowsOf(aggregate.in(), () -> aggregateCall(call)));
        }
        List<String> groupAsNames = new ArrayList<>();
        int[] groupAsSlots = new int[aggregate.groupAsFields().size()];
        for (int i = 0; i < groupAsSlots.length; i++) {
            Aggregate.GroupAsField field = aggregate.groupAsFields().get(i);
            groupAsNames.add(field.name());
            groupAsSlots[i] = slots.variable(field.varId());
        }
        return new AggregateOp.Spec(
                input,
                keys,
                keySlots,
                bindsKey,
                calls,
                slots.temp(),
                aggregate.groupAsVar() < 0 ? -1 : slots.variable(aggregate.groupAsVar()),
                groupAsNames,
                groupAsSlots,
                aggregate.partial());
    }

    private AggregateOp.Call aggregateCall(Aggregate.AggCall call) {
        AggregateFunction function =
                call.arg() == null
                        ? AggregateFunction.COUNT_STAR
                        : AggregateFunction.byName(call.function());
        if (function == null) {
            throw new PlanningException(
                    "unknown aggregate function '" + call.function() + "'",
                    call.span(),
                    context.source());
        }
        String name = call.function().toUpperCase(Locale.ROOT);
        return new AggregateOp.Call(
                function,
                call.distinct(),
                call.arg() == null ? null : context.exprs().compile(call.arg()),
                context.slots().variable(call.varId()),
                context.exprs().site(name, call.span()));
    }

    private RelSpec pivot(Pivot pivot, RelCompiler.Output output, RelCompiler rels) {
        RelSpec input = rels.compile(pivot.in(), output);
        SlotAllocator slots = context.slots();
        int outputSlot = slots.temp();
        output.slots = new int[] {outputSlot};
        output.columnNames = null;
        output.columnTypes = null;
        output.single = true;
        return new PivotOp.Spec(
                input,
                context.exprs().compile(pivot.key()),
                context.exprs().compile(pivot.value()),
                slots.temp(),
                slots.temp(),
                outputSlot,
                context.mode(),
                context.source(),
                pivot.span());
    }

    private RelSpec unpivot(Unpivot unpivot) {
        SlotAllocator slots = context.slots();
        return new UnpivotOp.Spec(
                context.exprs().compile(unpivot.source()),
                slots.temp(),
                slots.variable(unpivot.asVar()),
                unpivot.atVar() < 0 ? -1 : slots.variable(unpivot.atVar()),
                context.mode(),
                context.source(),
                unpivot.span());
    }

    private RelSpec exclude(Exclude exclude, RelCompiler.Output output, RelCompiler rels) {
        RelSpec input = rels.compile(exclude.in(), output);
        Map<Integer, List<List<ExcludeTree.Step>>> byVariable = new LinkedHashMap<>();
        for (Exclude.ExcludePath path : exclude.paths()) {
            List<ExcludeTree.Step> steps = new ArrayList<>();
            for (PathStepNode step : path.steps()) {
                steps.add(excludeStep(step));
            }
            byVariable.computeIfAbsent(path.root().varId(), id -> new ArrayList<>()).add(steps);
        }
        int[] rootSlots = new int[byVariable.size()];
        List<ExcludeTree> trees = new ArrayList<>();
        int i = 0;
        for (Map.Entry<Integer, List<List<ExcludeTree.Step>>> entry : byVariable.entrySet()) {
            rootSlots[i++] = context.slots().variable(entry.getKey());
            trees.add(ExcludeTree.of(entry.getValue()));
        }
        return new ExcludeOp.Spec(input, rootSlots, trees);
    }

    private ExcludeTree.Step excludeStep(PathStepNode step) {
        if (step instanceof PathStepNode.Field field) {
            return ExcludeTree.Step.field(field.name(), field.caseSensitive());
        } else if (step instanceof PathStepNode.AllFields) {
            return ExcludeTree.Step.allFields();
        } else if (step instanceof PathStepNode.AllElements) {
            return ExcludeTree.Step.allElements();
        } else if (step instanceof PathStepNode.Index index && index.index() instanceof Lit lit) {
            Value position = lit.value();
            if (position.kind() == org.partiqlvm.value.ValueKind.INT) {
                return ExcludeTree.Step.index(position.fitsLong() ? position.asLong() : -1);
            }
            if (position.kind().isText()) {
                return ExcludeTree.Step.field(position.asString(), true);
            }
        }
        throw new PlanningException(
                "an EXCLUDE step must be a name, a literal index, .* or [*]",
                step.span(),
                context.source());
    }

    private RelSpec setOp(SetOp setOp, RelCompiler.Output output, RelCompiler rels) {
        SetOpOp.Operand left = operand(setOp.left(), setOp.right(), rels);
        SetOpOp.Operand right = operand(setOp.right(), setOp.left(), rels);
        List<String> columns = resultColumns(setOp, left);
        int[] outputSlots = new int[columns == null ? 1 : columns.size()];
        for (int i = 0; i < outputSlots.length; i++) {
            outputSlots[i] = context.slots().temp();
        }
        output.slots = outputSlots;
        output.columnNames = columns;
        output.columnTypes = null;
        output.single = false;
        return new SetOpOp.Spec(
                SetOpOp.Kind.valueOf(setOp.kind().name()),
                setOp.all(),
                setOp.outer(),
                setOp.corresponding(),
                left,
                right,
                outputSlots,
                columns,
                context.source(),
                setOp.span());
    }

    /**
     * The column names of a SQL set operation's result when they are known before it runs (the
     * CORRESPONDING BY names, else the left operand's SELECT list), or null for value rows.
     */
    private static List<String> resultColumns(SetOp setOp, SetOpOp.Operand left) {
        if (setOp.outer()) {
            return null;
        }
        if (setOp.corresponding() != null) {
            return setOp.corresponding().isEmpty() ? null : setOp.corresponding();
        }
        return left.columnNames();
    }

    private SetOpOp.Operand operand(RelNode node, RelNode other, RelCompiler rels) {
        RelCompiler.Output output = new RelCompiler.Output();
        RelSpec rel =
                node instanceof Elements elements && other instanceof Elements partner
                        ? elements(elements, output, partner.value())
                        : rels.compile(node, output);
        if (output.slots == null) {
            throw new PlanningException(
                    "set operation operand has no projection", node.span(), context.source());
        }
        return new SetOpOp.Operand(rel, output.slots, output.columnNames);
    }

    /**
     * An expression operand of a set operation; {@code partner} is the other operand's value when
     * it is an expression too (see {@link ElementsOp} for why), else null.
     */
    private RelSpec elements(Elements elements, RelCompiler.Output output, PlanExpr partner) {
        SlotAllocator slots = context.slots();
        Eval value = context.exprs().compile(elements.value());
        Eval partnerValue = partner == null ? null : context.exprs().compile(partner);
        int outputSlot = slots.temp();
        output.slots = new int[] {outputSlot};
        output.columnNames = null;
        output.columnTypes = null;
        return new ElementsOp.Spec(
                value,
                slots.temp(),
                outputSlot,
                partnerValue,
                partner == null ? -1 : slots.temp(),
                context.mode(),
                context.source(),
                elements.span());
    }

    /**
     * A hash join for a non-lateral INNER or LEFT join ({@code kind} after RIGHT joins are
     * mirrored) whose condition has equality keys between the sides (an ON condition, or WHERE
     * conjuncts moved into the join by the planner); null when the nested loop must do (see {@link
     * HashJoinOp}).
     */
    RelSpec hashJoin(
            Join join,
            Join.Kind kind,
            RelNode left,
            RelNode right,
            RelCompiler.Output output,
            RelCompiler rels) {
        if (join.lateral()
                || join.condition() == null
                || (kind != Join.Kind.INNER && kind != Join.Kind.LEFT)) {
            return null;
        }
        int[] rightSlots = VariableCollector.boundSlots(right, context.slots());
        EquiJoinKeys keys =
                EquiJoinKeys.of(
                        join.condition(),
                        slotSet(VariableCollector.boundSlots(left, context.slots())),
                        slotSet(rightSlots));
        if (keys == null) {
            return null;
        }
        RelSpec leftSpec = rels.compile(left, output);
        RelSpec rightSpec = rels.compile(right, output);
        return new HashJoinOp.Spec(
                leftSpec,
                rightSpec,
                context.exprs().compileAll(keys.left),
                context.exprs().compileAll(keys.right),
                context.slots().temp(),
                context.exprs().compile(join.condition()),
                context.slots().temp(),
                kind == Join.Kind.LEFT,
                rightSlots);
    }

    /** Slots are variable ids (see {@link SlotAllocator}): the set of variables bound there. */
    private static Set<Integer> slotSet(int[] slots) {
        Set<Integer> set = new HashSet<>();
        for (int slot : slots) {
            set.add(slot);
        }
        return set;
    }

    private RelSpec fullJoin(Join join, RelCompiler.Output output, RelCompiler rels) {
        RelSpec left = rels.compile(join.left(), output);
        RelSpec right = rels.compile(join.right(), output);
        return new FullOuterJoinOp.Spec(
                left,
                right,
                join.condition() == null ? null : context.exprs().compile(join.condition()),
                context.slots().temp(),
                VariableCollector.boundSlots(join.left(), context.slots()),
                VariableCollector.boundSlots(join.right(), context.slots()));
    }
}
