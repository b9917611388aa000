package org.partiqlvm.flink.codec;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import org.apache.flink.api.common.typeinfo.Types;
import org.apache.flink.table.api.DataTypes;
import org.apache.flink.table.data.DecimalData;
import org.apache.flink.table.types.logical.RowType;
import org.junit.jupiter.api.Test;
import org.partiqlvm.engine.Bindings;
import org.partiqlvm.engine.CompileOptions;
import org.partiqlvm.engine.CompiledPlan;
import org.partiqlvm.engine.PartiQLVM;
import org.partiqlvm.engine.PlanCompiler;
import org.partiqlvm.engine.ResultRow;
import org.partiqlvm.engine.ResultStream;
import org.partiqlvm.engine.runtime.EvaluationException;
import org.partiqlvm.value.ListValue;
import org.partiqlvm.value.StructValue;
import org.partiqlvm.value.Value;

/**
 * The one conversion table of the Row, RowData and POJO output codecs, and that all three use it.
 */
class ColumnConversionTest {

    private static final CompiledPlan PLAN =
            PlanCompiler.compile(
                    "SELECT r.v AS v FROM stream AS r", CompileOptions.forStream("stream"));

    /** A POJO with a DECIMAL column. */
    public static final class Amount {
        public BigDecimal v;
    }

    private static final RowOutputCodec ROW = RowOutputCodec.of(PLAN, Types.BIG_DEC);
    private static final RowDataOutputCodec ROW_DATA =
            RowDataOutputCodec.of(
                    PLAN,
                    (RowType)
                            DataTypes.ROW(DataTypes.FIELD("v", DataTypes.DECIMAL(10, 2)))
                                    .getLogicalType());
    private static final PojoOutputCodec<Amount> POJO = PojoOutputCodec.of(PLAN, Amount.class);

    @Test
    void aFiniteFloatFitsADecimalColumnAsItsShortestDecimalInEveryCodec() {
        Value tenth = Value.ofDouble(0.1);

        assertThat(encode(tenth, ROW::encode).getField(0)).isEqualTo(new BigDecimal("0.1"));
        assertThat(encode(tenth, ROW_DATA::encode).getDecimal(0, 10, 2))
                .isEqualTo(DecimalData.fromBigDecimal(new BigDecimal("0.10"), 10, 2));
        assertThat(encode(tenth, POJO::encode).v).isEqualTo(new BigDecimal("0.1"));
        assertThat(encode(Value.ofDouble(-2.5e3), ROW::encode).getField(0))
                .isEqualTo(new BigDecimal("-2500.0"));
    }

    @Test
    void nanAndInfinitiesFitNoDecimalColumnInAnyCodec() {
        for (double d :
                new double[] {Double.NaN, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY}) {
            for (Function<ResultRow, ?> codec :
                    List.<Function<ResultRow, ?>>of(ROW::encode, ROW_DATA::encode, POJO::encode)) {
                assertThatThrownBy(() -> encode(Value.ofDouble(d), codec))
                        .isInstanceOf(EvaluationException.class)
                        .hasMessageContaining("'v'")
                        .hasMessageContaining("FLOAT");
            }
        }
    }

    @Test
    void aDecimalBeyondTheRowDataPrecisionDoesNotFit() {
        assertThatThrownBy(() -> encode(Value.ofDouble(1e12), ROW_DATA::encode))
                .isInstanceOf(EvaluationException.class);
        assertThat(encode(Value.ofDouble(1e12), ROW::encode).getField(0))
                .isEqualTo(BigDecimal.valueOf(1e12));
    }

    @Test
    void theSlotFastPathGivesWhatTheValuePathGivesForEveryEntryAndKind() {
        List<Value> samples =
                List.of(
                        Value.ofBool(true),
                        Value.ofLong(0),
                        Value.ofLong(127),
                        Value.ofLong(128),
                        Value.ofLong(-32_769),
                        Value.ofLong(3_000_000_000L),
                        Value.ofLong(Long.MIN_VALUE),
                        Value.ofBigInteger(BigInteger.TWO.pow(70)),
                        Value.ofDouble(0.1),
                        Value.ofDouble(Double.NaN),
                        Value.ofDouble(1e300),
                        Value.ofDecimal(new BigDecimal("12.345")),
                        Value.ofDecimal(new BigDecimal("1e400")),
                        Value.ofString("s"),
                        Value.ofSymbol("sym"),
                        Value.ofBlob(new byte[] {1, 2}),
                        Value.ofClob(new byte[] {65}),
                        Value.ofDate(LocalDate.of(2026, 12, 6)),
                        Value.ofTime(LocalTime.of(21, 5, 1)),
                        Value.ofTime(LocalTime.of(21, 5), ZoneOffset.ofHours(2), 0),
                        Value.ofTimestamp(LocalDateTime.of(2026, 12, 6, 21, 5)),
                        ListValue.wrap(new Value[] {Value.ofLong(1)}));
        int fits = 0;
        for (Value sample : samples) {
            for (ColumnConversion c : ColumnConversion.values()) {
                Object viaValue = c.fromValue(sample);
                Object viaSlot = encode(sample, row -> c.fromColumn(row, 0));
                assertThat(Objects.deepEquals(viaValue, viaSlot))
                        .as("%s of %s: %s vs %s", c, sample, viaValue, viaSlot)
                        .isTrue();
                fits += viaValue != null ? 1 : 0;
            }
        }
        assertThat(fits).isGreaterThan(samples.size()); // the table accepts something
    }

    @Test
    void integralEntriesKeepTheirRangeAndTemporalEntriesTheirLocalPart() {
        assertThat(ColumnConversion.BYTE.fromValue(Value.ofLong(127))).isEqualTo((byte) 127);
        assertThat(ColumnConversion.BYTE.fromValue(Value.ofLong(128))).isNull();
        assertThat(ColumnConversion.SHORT.fromValue(Value.ofLong(-32_769))).isNull();
        assertThat(ColumnConversion.INT.fromValue(Value.ofLong(3_000_000_000L))).isNull();
        assertThat(ColumnConversion.LONG.fromValue(Value.ofBigInteger(BigInteger.TWO.pow(70))))
                .isNull();
        assertThat(ColumnConversion.STRING.fromValue(Value.ofLong(1))).isNull();
        assertThat(
                        ColumnConversion.TIME.fromValue(
                                Value.ofTime(LocalTime.of(21, 5), ZoneOffset.ofHours(2), 0)))
                .isEqualTo(LocalTime.of(21, 5));
        assertThat(ColumnConversion.forClass(long.class)).isEqualTo(ColumnConversion.LONG);
        assertThat(ColumnConversion.forClass(Object.class)).isNull();
    }

    /** Runs the plan on a record {@code {v: value}} and applies {@code f} to its one row. */
    private static <T> T encode(Value value, Function<ResultRow, T> f) {
        PartiQLVM vm = new PartiQLVM(PLAN);
        Bindings in = vm.newBindings();
        in.setStreamRecord(0, StructValue.builder().add("v", value).build());
        List<T> out = new ArrayList<>();
        try (ResultStream rows = vm.execute(in)) {
            for (ResultRow row = rows.nextRow(); row != null; row = rows.nextRow()) {
                out.add(f.apply(row));
            }
        }
        assertThat(out).hasSize(1);
        return out.get(0);
    }
}
