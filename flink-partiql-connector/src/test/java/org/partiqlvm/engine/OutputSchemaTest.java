package org.partiqlvm.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.partiqlvm.value.ValueKind;

class OutputSchemaTest {

    private static OutputSchema schema(String statement) {
        return PlanCompiler.compile(statement, CompileOptions.forStream("stream")).schema();
    }

    @Test
    void columnTypesComeFromCastsLiteralsPredicatesArithmeticAndStringFunctions() {
        OutputSchema s =
                schema(
                        "SELECT CAST(r.a AS BIGINT) AS a, CAST(r.b AS DECIMAL(10, 2)) AS b,"
                                + " CAST(r.c AS DOUBLE PRECISION) AS c, 'x' AS d, r.e > 1 AS e,"
                                + " CAST(r.f AS INT) * 2 AS f, CAST(r.g AS INT) * 1.5 AS g,"
                                + " UPPER(r.h) AS h, r.i || 'x' AS i, CHAR_LENGTH(r.j) AS j,"
                                + " r.k LIKE 'a%' AS k, r.l IS NULL AS l, r.m AS m,"
                                + " COALESCE(CAST(r.n AS STRING), 'none') AS n,"
                                + " CASE WHEN r.o THEN 1 ELSE 2 END AS o, -CAST(r.p AS REAL) AS p"
                                + " FROM stream AS r");

        assertThat(s.columnTypes())
                .containsExactly(
                        "INT", "DECIMAL", "FLOAT", "STRING", "BOOL", "INT", "DECIMAL", "STRING",
                        "STRING", "INT", "BOOL", "BOOL", "ANY", "STRING", "INT", "FLOAT");
        assertThat(s.columnKind(0)).contains(ValueKind.INT);
        assertThat(s.columnKind(12)).isEmpty();
    }

    @Test
    void builtInFunctionsGiveTheirRegisteredResultType() {
        OutputSchema s =
                schema(
                        "SELECT REGEXP_LIKE(r.a, 'x') AS a, REPLACE(r.b, 'a', 'b') AS b,"
                                + " SPLIT(r.c, ',') AS c, MAKE_DATE(2024, 1, r.d) AS d,"
                                + " TO_TIMESTAMP(r.e) AS e, SHA256(r.f) AS f, JSON_PARSE(r.g) AS g,"
                                + " UNIX_TIMESTAMP(r.h) AS h, ABS(r.i) AS i, UTCNOW() AS j"
                                + " FROM stream AS r");
        assertThat(s.columnTypes())
                .containsExactly(
                        "BOOL",
                        "STRING",
                        "LIST",
                        "DATE",
                        "TIMESTAMP",
                        "STRING",
                        "ANY",
                        "ANY",
                        "ANY",
                        "TIMESTAMP");
    }

    @Test
    void aggregatesAndPathsAreKnownOnlyAtRunTime() {
        OutputSchema s = schema("SELECT r.k, COUNT(*) AS n FROM stream AS r GROUP BY r.k");

        assertThat(s.columnTypes()).containsExactly("ANY", "ANY");
    }

    @Test
    void valueRowsHaveOneUntypedColumn() {
        assertThat(schema("SELECT VALUE 1 FROM stream AS r").columnTypes()).containsExactly("ANY");
        assertThatThrownBy(() -> new OutputSchema(List.of("a"), false, List.of()))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
