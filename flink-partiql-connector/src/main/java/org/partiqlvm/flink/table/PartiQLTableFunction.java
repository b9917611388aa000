package org.partiqlvm.flink.table;

import java.util.List;
import org.apache.flink.annotation.PublicEvolving;
import org.apache.flink.table.catalog.DataTypeFactory;
import org.apache.flink.table.data.RowData;
import org.apache.flink.table.functions.FunctionContext;
import org.apache.flink.table.functions.SpecializedFunction;
import org.apache.flink.table.functions.TableFunction;
import org.apache.flink.table.types.DataType;
import org.apache.flink.table.types.inference.CallContext;
import org.apache.flink.table.types.inference.TypeInference;
import org.apache.flink.table.types.logical.LogicalType;
import org.apache.flink.table.types.logical.RowType;
import org.apache.flink.util.Collector;
import org.partiqlvm.engine.OutputSchema;

/**
 * {@code PARTIQL(statement, payload [, options])}: runs a PartiQL statement on each payload and
 * returns its rows, typed from the statement.
 *
 * <pre>{@code
 * CREATE FUNCTION partiql AS 'org.partiqlvm.flink.table.PartiQLTableFunction';
 * SELECT e.id, t.sku, t.qty
 * FROM events AS e, LATERAL TABLE(PARTIQL(
 *     'SELECT l.sku, CAST(l.qty AS INT) AS qty FROM stream AS o, o.lines AS l', e.payload)) AS t;
 * }</pre>
 *
 * <p>The statement must be a string literal: it is compiled once, when the query is planned (a bad
 * statement fails there with a {@code ValidationException} giving the PartiQL line:column and a
 * caret), and the output {@code ROW} takes its column names from the SELECT list and its types from
 * the statement ({@link SqlColumnTypes}; a statement returning one value per row, such as {@code
 * SELECT VALUE}, has one column {@code _1}). The payload is bound as {@code stream}: a {@code
 * STRING} or {@code BYTES} of JSON (read by the byte scanner, only what the statement observes), a
 * {@code VARIANT} or a {@code ROW}. The options ({@link PartiQLOptions}) are a string {@code
 * 'mode=strict, on-error=fail'} or a {@code MAP}.
 *
 * <p>Each subtask builds one VM in {@link #open}. A bad record (malformed JSON, a strict-mode
 * error, too many rows) yields no rows and is counted in the {@code partiql} metric group ({@code
 * on-error} {@code skip}, the default), fails the job ({@code fail}) or is written to {@code
 * dead-letter.path} ({@code dead-letter}). A NULL payload yields no rows. Use {@code LEFT JOIN
 * LATERAL TABLE(...) ON TRUE} to keep records without rows.
 */
@PublicEvolving
public class PartiQLTableFunction extends TableFunction<RowData> implements SpecializedFunction {

    private static final long serialVersionUID = 1L;

    private final SqlRunner runner;

    private transient Collector<RowData> out;

    /** The function as registered; the planner specializes it to each call's statement. */
    public PartiQLTableFunction() {
        this(null);
    }

    private PartiQLTableFunction(SqlRunner runner) {
        this.runner = runner;
    }

    @Override
    public TypeInference getTypeInference(DataTypeFactory typeFactory) {
        return StatementCall.typeInference(PartiQLTableFunction::outputType);
    }

    static DataType outputType(SqlStatement statement) {
        return SqlColumnTypes.rowType(statement.plan().schema(), statement.untypedAsJson());
    }

    @Override
    public PartiQLTableFunction specialize(SpecializedContext context) {
        CallContext call = context.getCallContext();
        SqlStatement statement = StatementCall.compile(call);
        LogicalType payload = call.getArgumentDataTypes().get(1).getLogicalType();
        RowType rowType = (RowType) outputType(statement).getLogicalType();
        return new PartiQLTableFunction(
                new SqlRunner(statement, PayloadCodec.of(payload), codec(statement, rowType)));
    }

    /** Writes the statement's columns, in order, as the fields of {@code rowType}. */
    static SqlRowCodec codec(SqlStatement statement, RowType rowType) {
        OutputSchema schema = statement.plan().schema();
        int n = schema.columnCount();
        int[] columns = new int[n];
        SqlColumnTypes.Encoding[] encodings = new SqlColumnTypes.Encoding[n];
        List<String> kinds = schema.columnTypes();
        for (int i = 0; i < n; i++) {
            columns[i] = i;
            encodings[i] = SqlColumnTypes.encoding(kinds.get(i), rowType.getTypeAt(i));
        }
        return new SqlRowCodec(rowType, columns, encodings);
    }

    @Override
    public void open(FunctionContext context) throws Exception {
        if (runner == null) {
            throw new IllegalStateException(
                    "PartiQLTableFunction runs only as specialized by the planner to a call");
        }
        runner.open(context.getMetricGroup());
        out =
                new Collector<>() {
                    @Override
                    public void collect(RowData row) {
                        PartiQLTableFunction.this.collect(row);
                    }

                    @Override
                    public void close() {}
                };
    }

    /**
     * Runs the statement on {@code args[1]} ({@code args[0]} is the statement, {@code args[2]} the
     * options, both already applied at planning time).
     */
    public void eval(Object... args) {
        Object payload = args[1];
        if (payload != null) {
            runner.run(payload, out);
        }
    }

    @Override
    public void close() throws Exception {
        if (runner != null) {
            runner.close();
        }
    }
}
