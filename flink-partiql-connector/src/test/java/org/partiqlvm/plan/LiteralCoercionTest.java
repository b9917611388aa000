package org.partiqlvm.plan;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.partiqlvm.error.SourceSpan;
import org.partiqlvm.plan.node.Lit;
import org.partiqlvm.syntax.Parser;
import org.partiqlvm.value.Value;

/** The SQL coercion of a numeric string literal compared with a numeric literal (spec 12). */
class LiteralCoercionTest {

    private static final SourceSpan SPAN = new SourceSpan(0, 1, 1, 1);

    private static String explain(String query) {
        return Planner.plan(Parser.parse(query), query, PlannerOptions.withGlobals(Set.of("s")))
                .explain();
    }

    @Test
    void aStringLiteralComparedWithANumberLiteralIsThatNumber() {
        assertThat(explain("SELECT * FROM s WHERE 9 < '10'")).contains("Filter (9 < 10)");
        assertThat(explain("SELECT * FROM s WHERE '10' >= 9")).contains("Filter (10 >= 9)");
        assertThat(explain("SELECT * FROM s WHERE -1 <> ' -1.50 '"))
                .contains("Filter (-1 <> -1.50)");
    }

    @Test
    void otherOperandsAndOperatorsKeepTheString() {
        assertThat(explain("SELECT * FROM s WHERE 9 < 'ten'")).contains("Filter (9 < 'ten')");
        assertThat(explain("SELECT * FROM s AS x WHERE x.id = '5'"))
                .contains("Filter (x#0.id = '5')");
        assertThat(explain("SELECT * FROM s WHERE '9' < '10'")).contains("Filter ('9' < '10')");
        assertThat(explain("SELECT VALUE 9 + '10' FROM s")).contains("ProjectValue (9 + '10')");
    }

    @ParameterizedTest(name = "''{0}'' reads as {1}")
    @CsvSource(
            delimiter = '|',
            textBlock =
                    """
                    10 | INT | 10
                    +7 | INT | 7
                    -12345678901234567890 | INT | -12345678901234567890
                    1.50 | DECIMAL | 1.50
                    .5 | DECIMAL | 0.5
                    2. | DECIMAL | 2.
                    1e2 | FLOAT | `100.0e0`
                    -2.5E-1 | FLOAT | `-0.25e0`
                    """)
    void numericTextReadsAsTheLiteralItSpells(String text, String kind, String value) {
        Value number = LiteralCoercion.number(literal(text));
        assertThat(number.kind().name()).isEqualTo(kind);
        assertThat(number.toString()).isEqualTo(value);
    }

    @Test
    void nonNumericTextAndNonStringsReadAsNothing() {
        for (String text : new String[] {"", "ten", "1 000", "0x10", "1e", "1..2", "NaN", "-"}) {
            assertThat(LiteralCoercion.number(literal(text))).as(text).isNull();
        }
        assertThat(LiteralCoercion.number(new Lit(Value.ofLong(1), SPAN))).isNull();
    }

    private static Lit literal(String text) {
        return new Lit(Value.ofString(text), SPAN);
    }
}
