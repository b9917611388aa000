package org.partiqlvm.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.partiqlvm.error.SourceSpan;
import org.partiqlvm.syntax.ast.DatetimeField;
import org.partiqlvm.syntax.ast.IntervalQualifier;
import org.partiqlvm.syntax.ast.TypeName;
import org.partiqlvm.value.CastTarget;

/** The planner's resolution of the type names written in CAST and IS. */
public class TypeNamesTest {

    private static final SourceSpan SPAN = new SourceSpan(10, 3, 1, 11);

    /**
     * The type a type name resolves to, the name as the parser builds it: {@code "DECIMAL 5 2"},
     * {@code "TIME 3 TZ"}, {@code "DOUBLE_PRECISION"}; for the tests of the casts.
     */
    public static CastTarget resolve(String spec) {
        return TypeNames.resolve(typeName(spec), context());
    }

    private static TypeName typeName(String spec) {
        String[] words = spec.split(" ");
        String name = words[0].replace('_', ' ');
        List<Integer> params = new ArrayList<>();
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

    private static PlanningContext context() {
        return new PlanningContext(PlannerOptions.withGlobals(Set.of()), "");
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
    void resolvesEveryName(String spec, String expected) {
        assertThat(resolve(spec).toString()).isEqualTo(expected);
    }

    @Test
    void intervals() {
        CastTarget t =
                TypeNames.resolve(
                        new TypeName(
                                "INTERVAL",
                                List.of(),
                                false,
                                new IntervalQualifier(
                                        DatetimeField.DAY, 3, DatetimeField.SECOND, 6, SPAN),
                                SPAN),
                        context());
        assertThat(t.type()).isEqualTo(CastTarget.Type.INTERVAL_DAY_TIME);
        assertThat(t.toString()).isEqualTo("INTERVAL DAY(3) TO SECOND(6)");
    }

    @Test
    void unknownTypesAndBadParametersNameThePosition() {
        assertThatThrownBy(() -> resolve("FOO"))
                .isInstanceOf(PlanningException.class)
                .hasMessageContaining("Planning error at 1:11: unknown type FOO; expected BOOL");
        assertThatThrownBy(() -> resolve("DECIMAL 2 5"))
                .hasMessageContaining("DECIMAL scale must be 0..2, got 5");
        assertThatThrownBy(() -> resolve("VARCHAR 0"))
                .hasMessageContaining("length must be positive");
        assertThatThrownBy(() -> resolve("TIME 10")).hasMessageContaining("precision must be 0..9");
        assertThatThrownBy(() -> resolve("INT 4")).hasMessageContaining("INT takes no parameters");
        assertThatThrownBy(() -> resolve("FLOAT 60"))
                .hasMessageContaining("FLOAT precision must be 1..53");
        assertThatThrownBy(() -> resolve("INTERVAL"))
                .hasMessageContaining("INTERVAL needs its fields");
    }

    @Test
    void aliasesResolveToTheSameType() {
        assertThat(resolve("NUMERIC 5 2")).isEqualTo(CastTarget.decimal(5, 2));
        assertThat(resolve("INTEGER8")).isEqualTo(resolve("BIGINT"));
    }

    @Test
    void thePlanCarriesAndPrintsTheResolvedType() {
        LogicalPlan plan =
                Planner.parseAndPlan(
                        "SELECT CAST(s.a AS INTEGER) AS i, CAST(s.b AS NUMERIC(5)) AS d,"
                                + " s.c IS NOT CHARACTER VARYING(3) AS v,"
                                + " CAN_CAST(s.t AS INTERVAL DAY TO SECOND(3)) AS n FROM s",
                        PlannerOptions.withGlobals(Set.of("s")));

        assertThat(plan.explain())
                .contains("CAST(s#0.a AS INT)")
                .contains("CAST(s#0.b AS DECIMAL(5,0))")
                .contains("(s#0.c IS NOT VARCHAR(3))")
                .contains("CAN_CAST(s#0.t AS INTERVAL DAY TO SECOND(3))");
    }
}
