package org.partiqlvm.flink.table;

import org.apache.flink.annotation.PublicEvolving;
import org.apache.flink.table.api.DataTypes;
import org.apache.flink.table.catalog.DataTypeFactory;
import org.apache.flink.table.data.GenericRowData;
import org.apache.flink.table.data.RowData;
import org.apache.flink.table.functions.FunctionContext;
import org.apache.flink.table.functions.ScalarFunction;
import org.apache.flink.table.functions.SpecializedFunction;
import org.apache.flink.table.types.DataType;
import org.apache.flink.table.types.inference.CallContext;
import org.apache.flink.table.types.inference.TypeInference;
import org.apache.flink.table.types.logical.LogicalType;
import org.apache.flink.table.types.logical.RowType;
import org.apache.flink.util.Collector;
import org.partiqlvm.engine.OutputSchema;

/**
 * {@code PARTIQL_VALUE(statement, payload [, options])}: the single value a PartiQL statement
 * computes from a payload, such as {@code PARTIQL_VALUE('SELECT VALUE SUM(l.qty) FROM stream AS o,
 * o.lines AS l', payload)}.
 *
 * <p>The value is the first column of the statement's only row (a statement that returns one value
 * per row: that value); no row is SQL NULL, a second row makes the record bad. Its type is the
 * first column's per {@link SqlColumnTypes} when the statement decides it, else {@code VARIANT}
 * (Flink 2.1+) or {@code STRING} of JSON text. Statement, payload, options, bad records and metrics
 * are as for {@link PartiQLTableFunction}; a bad record under {@code skip} is NULL.
 */
@PublicEvolving
public class PartiQLValueFunction extends ScalarFunction implements SpecializedFunction {

    private static final long serialVersionUID = 1L;

    private final SqlRunner runner;

    private transient Holder result;

    /** The function as registered; the planner specializes it to each call's statement. */
    public PartiQLValueFunction() {
        this(null);
    }

    private PartiQLValueFunction(SqlRunner runner) {
        this.runner = runner;
    }

    @Override
    public TypeInference getTypeInference(DataTypeFactory typeFactory) {
        return StatementCall.typeInference(s -> SqlColumnTypes.internal(valueType(s)));
    }

    private static DataType valueType(SqlStatement statement) {
        OutputSchema schema = statement.plan().schema();
        return SqlColumnTypes.columnType(schema.columnTypes().get(0), statement.untypedAsJson());
    }

    @Override
    public PartiQLValueFunction specialize(SpecializedContext context) {
        CallContext call = context.getCallContext();
        SqlStatement general = StatementCall.compile(call);
        SqlStatement statement = general.withSettings(general.settings().withMaxRowsPerRecord(1));
        LogicalType payload = call.getArgumentDataTypes().get(1).getLogicalType();
        OutputSchema schema = statement.plan().schema();
        RowType rowType =
                (RowType)
                        DataTypes.ROW(
                                        DataTypes.FIELD(
                                                schema.columnNames().get(0), valueType(statement)))
                                .getLogicalType();
        SqlRowCodec codec =
                new SqlRowCodec(
                        rowType,
                        new int[] {0},
                        new SqlColumnTypes.Encoding[] {
                            SqlColumnTypes.encoding(
                                    schema.columnTypes().get(0), rowType.getTypeAt(0))
                        });
        return new PartiQLValueFunction(new SqlRunner(statement, PayloadCodec.of(payload), codec));
    }

    @Override
    public void open(FunctionContext context) throws Exception {
        if (runner == null) {
            throw new IllegalStateException(
                    "PartiQLValueFunction runs only as specialized by the planner to a call");
        }
        runner.open(context.getMetricGroup());
        result = new Holder();
    }

    /** The value for {@code args[1]}, Flink's internal object of the inferred type, or null. */
    public Object eval(Object... args) {
        Object payload = args[1];
        if (payload == null) {
            return null;
        }
        result.row = null;
        runner.run(payload, result);
        return result.row == null ? null : result.row.getField(0);
    }

    @Override
    public void close() throws Exception {
        if (runner != null) {
            runner.close();
        }
    }

    /** Keeps the one row a record produced. */
    private static final class Holder implements Collector<RowData> {
        GenericRowData row;

        @Override
        public void collect(RowData record) {
            row = (GenericRowData) record;
        }

        @Override
        public void close() {}
    }
}
