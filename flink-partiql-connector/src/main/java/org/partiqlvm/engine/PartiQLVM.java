package org.partiqlvm.engine;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.partiqlvm.engine.expr.Frame;
import org.partiqlvm.engine.fn.FunctionContext;
import org.partiqlvm.engine.fn.FunctionDefinition;
import org.partiqlvm.engine.fn.FunctionSignature;
import org.partiqlvm.engine.op.RelOp;
import org.partiqlvm.engine.runtime.EvaluationException;
import org.partiqlvm.engine.runtime.LimitExceededException;
import org.partiqlvm.engine.runtime.Limits;
import org.partiqlvm.value.BagValue;
import org.partiqlvm.value.ListValue;
import org.partiqlvm.value.Slot;
import org.partiqlvm.value.Value;
import org.partiqlvm.value.ValueArena;

/**
 * Runs a {@link CompiledPlan}: one VM per thread, reused for record after record.
 *
 * <p>A VM owns everything a run mutates: its operator instances (created from the plan's specs),
 * its {@link Frame} of slots, and its arena (a {@link ValueArena}), from which the evaluators take
 * the characters of the strings they compute. The arena is reset in O(1) when an execution starts
 * and released before every row the stream returns, at O(1) per value the row took (joins hold the
 * characters of the row they walk the other side for); values that leave a row ({@link
 * Slot#toValue()}, what sorting, grouping, joining and DISTINCT keep, {@link ResultRow#toValue()})
 * are ordinary copies. Its size is the {@code arena-size} limit ({@link #withArenaSize}): a row
 * that needs more fails with a {@link LimitExceededException}. Creating a VM costs far less than
 * compiling but far more than an execution (its frame, operators and arena, about 18 KB): keep one
 * per statement and thread, as the operators do; the plan is shared. A VM is not thread-safe: the
 * first {@link #execute} records its thread, and an execution from any other thread fails with an
 * {@link IllegalStateException} (create one VM per thread instead).
 *
 * <p>Every execution runs under the VM's {@link Limits} ({@link #withLimits}): the work budget is
 * restored before each execution, and a value larger than the value-size limit fails with a {@link
 * LimitExceededException}.
 *
 * <p>A plan that calls user-defined functions needs a VM created with a {@link UdfRegistry} that
 * provides each of them ({@link CompiledPlan#udfSignatures()}); the constructor checks this.
 *
 * <pre>{@code
 * CompiledPlan plan = PlanCompiler.compile("SELECT o.id, l.sku FROM stream AS o, o.lines AS l", options);
 * PartiQLVM vm = new PartiQLVM(plan);
 * Bindings in = vm.newBindings();
 * in.setStreamRecord(0, record);
 * try (ResultStream rows = vm.execute(in)) {
 *     for (ResultRow row = rows.nextRow(); row != null; row = rows.nextRow()) {
 *         System.out.println(row.getString(1));
 *     }
 * }
 * }</pre>
 */
public final class PartiQLVM {

    private final CompiledPlan plan;
    private final UdfRegistry udfs;
    private final Clock clock;
    private final int arenaInitialBytes;
    private final Frame frame;
    private final ResultStream stream;
    private final Limits limits;
    private Thread owner;

    /**
     * Creates a VM for a plan that calls no user-defined functions, with the default arena size.
     *
     * @throws IllegalArgumentException if the plan calls user-defined functions
     */
    public PartiQLVM(CompiledPlan plan) {
        this(plan, null);
    }

    /**
     * Creates a VM for a plan with the default arena size, taking the implementations of the
     * user-defined functions the plan calls from {@code udfs}.
     *
     * @param plan the compiled plan
     * @param udfs the user-defined functions; may be null when the plan calls none
     * @throws IllegalArgumentException if the plan calls a user-defined function that {@code udfs}
     *     does not define with the signature the plan was compiled against
     */
    public PartiQLVM(CompiledPlan plan, UdfRegistry udfs) {
        this(plan, udfs, Limits.DEFAULTS);
    }

    /**
     * Creates a VM as {@link #PartiQLVM(CompiledPlan, UdfRegistry)} that runs under {@code limits}.
     */
    public PartiQLVM(CompiledPlan plan, UdfRegistry udfs, Limits limits) {
        this(plan, udfs, limits, DEFAULT_ARENA_INITIAL_BYTES, Clock.systemUTC());
    }

    private PartiQLVM(
            CompiledPlan plan,
            UdfRegistry udfs,
            Limits limits,
            int arenaInitialBytes,
            Clock clock) {
        this.plan = plan;
        this.udfs = udfs;
        this.limits = Objects.requireNonNull(limits, "limits");
        this.clock = clock;
        this.arenaInitialBytes = arenaInitialBytes;
        int max = limits.arenaSize();
        this.frame =
                new Frame(
                        plan.slotCount(),
                        plan.stateCount(),
                        ValueArena.forRows(
                                Math.min(arenaInitialBytes, max), max, PartiQLVM::arenaExceeded),
                        new FunctionContext(clock));
        frame.setLimits(limits);
        installUdfs(plan, udfs, frame);
        RelOp root = plan.isQuery() ? plan.rows().create() : null;
        int[] outputSlots = plan.isQuery() ? plan.outputSlots() : new int[] {plan.valueSlot()};
        this.stream =
                new ResultStream(
                        frame, root, plan, new ResultRow(frame, outputSlots, plan.schema()));
    }

    /** The arena's default initial size: 16 KB (it grows, doubling, up to {@code arena-size}). */
    public static final int DEFAULT_ARENA_INITIAL_BYTES = 16 * 1024;

    /**
     * A new VM for the same plan whose arena starts at {@code initialBytes} and may grow to {@code
     * maxBytes}: the {@code arena-size} limit ({@link Limits#withArenaSize}), the rest of the
     * limits unchanged.
     *
     * @throws IllegalArgumentException unless {@code 0 < initialBytes <= maxBytes} and {@code
     *     maxBytes} is at least {@link Limits#MIN_ARENA_SIZE}
     */
    public PartiQLVM withArenaSize(int initialBytes, int maxBytes) {
        ValueArena.checkSizes(initialBytes, maxBytes);
        return new PartiQLVM(plan, udfs, limits.withArenaSize(maxBytes), initialBytes, clock);
    }

    /** A new VM for the same plan that runs under {@code newLimits}. */
    public PartiQLVM withLimits(Limits newLimits) {
        return new PartiQLVM(plan, udfs, newLimits, arenaInitialBytes, clock);
    }

    private static RuntimeException arenaExceeded(long maxBytes, long neededBytes) {
        return new LimitExceededException(
                Limits.ARENA_SIZE,
                maxBytes,
                "the row's computed strings need "
                        + neededBytes
                        + " bytes of the VM's arena, more than its maximum",
                null,
                null);
    }

    /** The limits this VM runs under. */
    public Limits limits() {
        return limits;
    }

    /**
     * A new VM for the same plan whose {@code UTCNOW()} reads {@code clock}, once per execution (so
     * all the rows of a record see the same instant). The default is the system clock in UTC.
     */
    public PartiQLVM withClock(Clock clock) {
        return new PartiQLVM(plan, udfs, limits, arenaInitialBytes, clock);
    }

    private static void installUdfs(CompiledPlan plan, UdfRegistry udfs, Frame frame) {
        List<FunctionSignature> signatures = plan.udfSignatures();
        if (signatures.isEmpty()) {
            return;
        }
        if (udfs == null) {
            throw new IllegalArgumentException(
                    "the plan calls the user-defined functions "
                            + signatures
                            + " but the VM was created without a UdfRegistry; use new"
                            + " PartiQLVM(plan, udfs)");
        }
        int[] stateIndices = plan.udfStateIndices();
        for (int i = 0; i < signatures.size(); i++) {
            FunctionSignature signature = signatures.get(i);
            FunctionDefinition definition = udfs.lookup(signature);
            if (definition == null) {
                List<String> defined = new ArrayList<>();
                for (FunctionDefinition d : udfs.definitions(signature.name())) {
                    defined.add(d.signature());
                }
                throw new IllegalArgumentException(
                        "the plan calls the user-defined function "
                                + signature
                                + ", which the UdfRegistry given to the VM does not provide"
                                + (defined.isEmpty() ? "" : " (it defines " + defined + ")"));
            }
            frame.setState(stateIndices[i], definition);
        }
    }

    /** The plan this VM runs. */
    public CompiledPlan plan() {
        return plan;
    }

    /** New, reusable bindings for this VM's plan; every global starts MISSING. */
    public Bindings newBindings() {
        return new Bindings(plan);
    }

    /**
     * Starts an execution and returns its rows. An execution still open is closed first. The
     * returned stream is this VM's single reused stream.
     */
    public ResultStream execute(Bindings bindings) {
        Thread current = Thread.currentThread();
        if (owner != current) {
            claim(current);
        }
        stream.close();
        Value[] parameters = bindings.parameters();
        if (parameters.length < plan.parameterCount()) {
            throw unboundParameters(parameters.length);
        }
        frame.resetWork();
        frame.bind(bindings.globals(), parameters);
        stream.start();
        return stream;
    }

    private EvaluationException unboundParameters(int bound) {
        return new EvaluationException(
                "the statement has "
                        + plan.parameterCount()
                        + " parameter(s) ?, but "
                        + bound
                        + " value(s) were bound (Bindings.setParameters)",
                null,
                plan.source());
    }

    private void claim(Thread current) {
        if (owner != null) {
            throw new IllegalStateException(
                    "this PartiQLVM is used by thread '"
                            + owner.getName()
                            + "' and was called from thread '"
                            + current.getName()
                            + "'; a VM is not thread-safe: create one VM per thread (the plan can"
                            + " be shared)");
        }
        owner = current;
    }

    /**
     * Runs the statement to the end and returns its whole result as one value: the value of a plain
     * expression, or the rows of a query as a BAG (a LIST when it has ORDER BY). Allocates; for
     * tests and non-streaming use.
     */
    public Value evaluate(Bindings bindings) {
        try (ResultStream rows = execute(bindings)) {
            if (!plan.isQuery()) {
                return rows.nextRow().getValue(0);
            }
            List<Value> values = new ArrayList<>();
            for (ResultRow row = rows.nextRow(); row != null; row = rows.nextRow()) {
                values.add(row.toValue());
            }
            return plan.isOrdered() ? ListValue.of(values) : BagValue.of(values);
        }
    }
}
