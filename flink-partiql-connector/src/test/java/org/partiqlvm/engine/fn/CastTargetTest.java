package org.partiqlvm.engine.fn;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.partiqlvm.engine.compile.CastTargets;
import org.partiqlvm.error.SourceSpan;
import org.partiqlvm.syntax.ast.DatetimeField;
import org.partiqlvm.syntax.ast.IntervalQualifier;
import org.partiqlvm.syntax.ast.TypeName;
import org.partiqlvm.value.IntervalField;

class CastTargetTest {

    private static final SourceSpan SPAN = new SourceSpan(10, 3, 1, 11);

    /** A type name as the parser builds it: {@code "DECIMAL 5 2"}, {@code "TIME 3 TZ"}. */
    static TypeName typeName(String spec) {
        String[] words = spec.split(" ");
        String name = words[0].replace('_', ' ');
        List<Integer> params = new java.util.ArrayList<>();
        boolean tz = false;
        for (int i = 1; i < words.length; i++) {
            if (words[i].equals("TZ")) {
                tz = true;
            } else {
                params.add(Integer.parseInt(words[i]));
            }
        }
        return new TypeName(name, params, tz, null, SPAN);
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({
        "BOOL, BOOL",
        "BOOLEAN, BOOL",
        "SMALLINT, SMALLINT",
        "INT2, SMALLINT",
        "INTEGER2, SMALLINT",
        "INT, INT",
        "INTEGER, INT",
        "INT4, INT",
        "INTEGER4, INT",
        "BIGINT, BIGINT",
        "INT8, BIGINT",
        "INTEGER8, BIGINT",
        "DECIMAL, DECIMAL",
        "DECIMAL 5 2, 'DECIMAL(5,2)'",
        "NUMERIC 5, 'DECIMAL(5,0)'",
        "DEC 38 10, 'DECIMAL(38,10)'",
        "REAL, REAL",
        "FLOAT, DOUBLE PRECISION",
        "FLOAT 24, REAL",
        "FLOAT 53, DOUBLE PRECISION",
        "DOUBLE_PRECISION, DOUBLE PRECISION",
        "STRING, STRING",
        "VARCHAR, VARCHAR",
        "VARCHAR 10, VARCHAR(10)",
        "CHARACTER_VARYING 3, VARCHAR(3)",
        "CHAR, CHAR(1)",
        "CHARACTER 4, CHAR(4)",
        "SYMBOL, SYMBOL",
        "BLOB, BLOB",
        "CLOB, CLOB",
        "DATE, DATE",
        "TIME, TIME",
        "TIME 3 TZ, TIME(3) WITH TIME ZONE",
        "TIMESTAMP TZ, TIMESTAMP WITH TIME ZONE",
        "LIST, LIST",
        "BAG, BAG",
        "SEXP, SEXP",
        "STRUCT, STRUCT",
        "TUPLE, STRUCT",
        "ANY, ANY",
        "NULL, NULL",
        "MISSING, MISSING"
    })
    void fromTypeName(String spec, String expected) {
        assertThat(CastTargets.fromTypeName(typeName(spec)).toString()).isEqualTo(expected);
    }

    @Test
    void intervals() {
        CastTarget t =
                CastTargets.fromTypeName(
                        new TypeName(
                                "INTERVAL",
                                List.of(),
                                false,
                                new IntervalQualifier(
                                        DatetimeField.DAY, 3, DatetimeField.SECOND, 6, SPAN),
                                SPAN));
        assertThat(t.type()).isEqualTo(CastTarget.Type.INTERVAL_DAY_TIME);
        assertThat(t.toString()).isEqualTo("INTERVAL DAY(3) TO SECOND(6)");
        assertThat(CastTarget.interval(IntervalField.SECOND, 3, null, 3).toString())
                .isEqualTo("INTERVAL SECOND(3,3)");
        assertThat(CastTarget.interval(IntervalField.YEAR, -1, IntervalField.MONTH, -1).type())
                .isEqualTo(CastTarget.Type.INTERVAL_YEAR_MONTH);
        assertThatThrownBy(
                        () -> CastTarget.interval(IntervalField.MONTH, -1, IntervalField.DAY, -1))
                .hasMessageContaining("invalid interval qualifier");
    }

    @Test
    void unknownTypesAndBadParametersNameThePosition() {
        assertThatThrownBy(() -> CastTargets.fromTypeName(typeName("FOO")))
                .isInstanceOf(TypeNameException.class)
                .hasMessageContaining("Type error at 1:11: unknown type FOO; expected BOOL");
        assertThatThrownBy(() -> CastTargets.fromTypeName(typeName("DECIMAL 2 5")))
                .hasMessageContaining("DECIMAL scale must be 0..2, got 5");
        assertThatThrownBy(() -> CastTargets.fromTypeName(typeName("VARCHAR 0")))
                .hasMessageContaining("length must be positive");
        assertThatThrownBy(() -> CastTargets.fromTypeName(typeName("TIME 10")))
                .hasMessageContaining("precision must be 0..9");
        assertThatThrownBy(() -> CastTargets.fromTypeName(typeName("INT 4")))
                .hasMessageContaining("INT takes no parameters");
        assertThatThrownBy(() -> CastTargets.fromTypeName(typeName("FLOAT 60")))
                .hasMessageContaining("FLOAT precision must be 1..53");
        assertThatThrownBy(() -> CastTargets.fromTypeName(typeName("INTERVAL")))
                .hasMessageContaining("INTERVAL needs its fields");
    }

    @Test
    void isImmutableValueAndSerializable() throws Exception {
        CastTarget t = CastTarget.decimal(5, 2);
        assertThat(t).isEqualTo(CastTargets.fromTypeName(typeName("NUMERIC 5 2")));
        assertThat(t.hashCode()).isEqualTo(CastTarget.decimal(5, 2).hashCode());
        assertThat(t).isNotEqualTo(CastTarget.decimal(5, 3));
        assertThat(CastTarget.of(CastTarget.Type.NULL).isCastable()).isFalse();
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
            out.writeObject(t);
        }
        try (ObjectInputStream in =
                new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
            assertThat(in.readObject()).isEqualTo(t);
        }
    }
}
