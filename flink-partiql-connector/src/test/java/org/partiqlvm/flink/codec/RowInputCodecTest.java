package org.partiqlvm.flink.codec;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.apache.flink.types.Row;
import org.junit.jupiter.api.Test;
import org.partiqlvm.value.JavaValues;
import org.partiqlvm.value.Value;
import org.partiqlvm.value.ValueDecodeException;
import org.partiqlvm.value.ValueKind;

class RowInputCodecTest {

    @Test
    void positionalRowBecomesAStructOfTheGivenNamesWithNestedValues() {
        RowInputCodec codec = new RowInputCodec("id", "customer", "tags", "scores", "note");
        Row customer = Row.withNames();
        customer.setField("name", "Ann");
        Row record = Row.of(7L, customer, new String[] {"a", "b"}, List.of(1, 2), null);

        Value v = codec.decode(record);

        assertThat(v.kind()).isEqualTo(ValueKind.STRUCT);
        assertThat(v.get("id", true).asLong()).isEqualTo(7L);
        assertThat(v.get("customer", true).kind()).isEqualTo(ValueKind.STRUCT);
        assertThat(v.get("customer", true).get("name", true).asString()).isEqualTo("Ann");
        assertThat(v.get("tags", true).kind()).isEqualTo(ValueKind.LIST);
        assertThat(v.get("tags", true).get(1).asString()).isEqualTo("b");
        assertThat(v.get("scores", true).kind()).isEqualTo(ValueKind.LIST);
        assertThat(v.get("scores", true).get(0).asLong()).isEqualTo(1L);
        assertThat(v.get("note", true).kind()).isEqualTo(ValueKind.NULL);
    }

    @Test
    void namedRowIsReadByNameAndPositionalNestedRowsGetOrdinalNames() {
        RowInputCodec codec = new RowInputCodec("a", "b");
        Row record = Row.withNames();
        record.setField("b", Row.of(1.5d, true));
        record.setField("a", "x");

        Value v = codec.decode(record);

        assertThat(v.fieldName(0)).isEqualTo("a");
        assertThat(v.get("a", true).asString()).isEqualTo("x");
        assertThat(v.get("b", true).get("_1", true).asDouble()).isEqualTo(1.5d);
        assertThat(v.get("b", true).get("_2", true).booleanValue()).isTrue();
        assertThat(JavaValues.toJava(v.get("b", true).get("_2", true))).isEqualTo(true);
    }

    @Test
    void aRowOfTheWrongArityOrWithAnUnsupportedValueIsABadRecord() {
        RowInputCodec codec = new RowInputCodec("a", "b");

        assertThatThrownBy(() -> codec.decode(Row.of(1)))
                .isInstanceOf(ValueDecodeException.class)
                .hasMessageContaining("1 field(s), expected 2");
        assertThatThrownBy(() -> codec.decode(Row.of(1, new Object())))
                .isInstanceOf(ValueDecodeException.class);
    }
}
