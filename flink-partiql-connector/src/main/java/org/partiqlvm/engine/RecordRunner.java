package org.partiqlvm.engine;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import org.partiqlvm.engine.runtime.EvaluationException;
import org.partiqlvm.engine.runtime.LimitExceededException;
import org.partiqlvm.engine.runtime.Limits;
import org.partiqlvm.error.PartiQLException;
import org.partiqlvm.plan.PlanningException;
import org.partiqlvm.value.Value;
import org.partiqlvm.value.ValueDecodeException;

/**
 * Runs a statement on one record at a time and says how each record ended: the one per-record core
 * the Flink operators, the SQL functions and the command line share, so that they accept, reject
 * and output exactly the same.
 *
 * <p>For each record it decodes the input ({@link Decoder}), binds it as global 0, runs the plan
 * under the {@link Limits} and encodes each row ({@link Encoder}) into a reused buffer. A record
 * ends either with all of its rows in {@link #rows()} and {@link RecordOutcome#OK}, or with no rows
 * and one bad-record outcome whose {@link BadRecordReason} classifies every failure: a decode
 * error, a strict-mode evaluation error, the row limit, another limit, or (as a last resort that
 * keeps one record from taking the job down) any other exception or {@link Error} as {@link
 * BadRecordReason#INTERNAL_ERROR}. Only {@link VirtualMachineError}s other than {@link
 * StackOverflowError} (out of memory, say) propagate: the process cannot vouch for itself after
 * them.
 *
 * <p>Not thread-safe (one per thread, as {@link PartiQLVM}); a good record allocates nothing here
 * beyond what the encoder allocates for its rows.
 *
 * @param <IN> the input record type
 * @param <OUT> the output row type
 */
public final class RecordRunner<IN, OUT> {

    /** Turns one input record into the value a statement reads. */
    @FunctionalInterface
    public interface Decoder<IN> {
        /**
         * The record as a value.
         *
         * @throws ValueDecodeException when the record is malformed
         * @throws LimitExceededException when it is larger than {@link Limits#recordSize()}
         */
        Value decode(IN record);
    }

    /** Turns one result row (a view valid until the next row) into an output row it owns. */
    @FunctionalInterface
    public interface Encoder<OUT> {
        /** The row as an output row; must copy what it keeps of {@code row}. */
        OUT encode(ResultRow row);
    }

    private final String name;
    private final PartiQLVM vm;
    private final Bindings bindings;
    private final Decoder<IN> decoder;
    private final Encoder<OUT> encoder;
    private final int maxRows;
    private final ArrayList<OUT> pending = new ArrayList<>();
    private final List<OUT> rows = Collections.unmodifiableList(pending);

    /**
     * Creates the runner and its VM.
     *
     * @param name names the statement in messages, such as {@code "query 'orders'"}
     * @param plan the statement, compiled with one global (the stream) to bind each record to
     * @param udfs the user-defined functions the plan calls; may be null when it calls none
     * @param limits the limits every record runs under
     * @param decoder turns an input record into a value
     * @param encoder turns a row into an output row
     * @throws IllegalArgumentException if the plan has no global, or calls a user-defined function
     *     {@code udfs} does not provide
     * @throws PlanningException if the statement has a parameter {@code ?}
     */
    public RecordRunner(
            String name,
            CompiledPlan plan,
            UdfRegistry udfs,
            Limits limits,
            Decoder<IN> decoder,
            Encoder<OUT> encoder) {
        this.name = Objects.requireNonNull(name, "name");
        checkRunnable(plan);
        this.vm = new PartiQLVM(plan, udfs, limits);
        this.bindings = vm.newBindings();
        this.decoder = Objects.requireNonNull(decoder, "decoder");
        this.encoder = Objects.requireNonNull(encoder, "encoder");
        this.maxRows = limits.rowsPerRecord();
    }

    /**
     * Checks that {@code plan} can run record by record: it has a global to bind each record to,
     * and no parameter {@code ?} (nothing binds one).
     *
     * @throws IllegalArgumentException if the plan has no global
     * @throws PlanningException if the statement has a parameter
     */
    public static void checkRunnable(CompiledPlan plan) {
        if (plan.globalNames().isEmpty()) {
            throw new IllegalArgumentException(
                    "the plan has no global to bind the records to; compile it with"
                            + " CompileOptions.forStream(name)");
        }
        if (plan.parameterCount() > 0) {
            throw new PlanningException(
                    "the statement has a parameter ?, but nothing binds parameters when records are"
                            + " run: write the value into the statement",
                    null,
                    plan.source());
        }
    }

    /**
     * Decodes and runs one record. On {@link RecordOutcome#OK} its rows are in {@link #rows()}
     * until the next call; otherwise {@link #rows()} is empty.
     */
    public RecordOutcome run(IN record) {
        return process(record, null);
    }

    /**
     * {@link #run} for a record the caller decoded already ({@code decoded}), as an operator
     * running several statements does to decode each record once for all of them.
     */
    public RecordOutcome runDecoded(Value decoded) {
        return process(null, Objects.requireNonNull(decoded, "decoded"));
    }

    /**
     * The outcome of a record the caller could not decode itself ({@link #runDecoded}'s callers):
     * classified as {@link #run} would classify it.
     */
    public RecordOutcome failed(RuntimeException decodeError) {
        pending.clear();
        return classify(decodeError);
    }

    private RecordOutcome process(IN record, Value decoded) {
        pending.clear();
        try {
            Value value = decoded != null ? decoded : decoder.decode(record);
            bindings.setStreamRecord(0, value);
            try (ResultStream stream = vm.execute(bindings)) {
                for (ResultRow row = stream.nextRow(); row != null; row = stream.nextRow()) {
                    if (pending.size() == maxRows) {
                        pending.clear();
                        return RecordOutcome.bad(BadRecordReason.ROW_LIMIT, tooManyRows(), 0, 0);
                    }
                    pending.add(encoder.encode(row));
                }
            }
            return RecordOutcome.OK;
        } catch (StackOverflowError e) {
            pending.clear();
            return internal(e);
        } catch (VirtualMachineError e) {
            pending.clear();
            throw e;
        } catch (Throwable e) { // sneaky checked exceptions and Errors of UDFs and codecs too
            pending.clear();
            return classify(e);
        }
    }

    private LimitExceededException tooManyRows() {
        return new LimitExceededException(
                Limits.ROWS_PER_RECORD,
                maxRows,
                name + " produced more than " + maxRows + " rows for one record",
                null,
                null);
    }

    private RecordOutcome classify(Throwable e) {
        if (e instanceof ValueDecodeException d) {
            return RecordOutcome.bad(BadRecordReason.MALFORMED_RECORD, d, d.line(), d.column());
        }
        if (e instanceof LimitExceededException l) {
            BadRecordReason reason =
                    Limits.ROWS_PER_RECORD.equals(l.limitName())
                            ? BadRecordReason.ROW_LIMIT
                            : BadRecordReason.LIMIT_EXCEEDED;
            return RecordOutcome.bad(reason, l, l.getLine(), l.getColumn());
        }
        if (e instanceof PartiQLException p) {
            return RecordOutcome.bad(
                    BadRecordReason.EVALUATION_ERROR, p, p.getLine(), p.getColumn());
        }
        return internal(e);
    }

    private RecordOutcome internal(Throwable e) {
        String what =
                e instanceof StackOverflowError
                        ? "the record's evaluation ran out of stack"
                        : "internal error: " + e;
        return RecordOutcome.bad(
                BadRecordReason.INTERNAL_ERROR,
                new EvaluationException(what + " (" + name + ")", null, null, e),
                0,
                0);
    }

    /** The rows of the last record that ran to the end (a view, valid until the next record). */
    public List<OUT> rows() {
        return rows;
    }

    /** The VM the records run on. */
    public PartiQLVM vm() {
        return vm;
    }

    /** The compiled statement. */
    public CompiledPlan plan() {
        return vm.plan();
    }
}
