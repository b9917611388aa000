package org.partiqlvm.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.partiqlvm.engine.runtime.EvalMode;
import org.partiqlvm.error.PartiQLException;

/**
 * The errors of the types written in CAST and IS, through the public entry point: an unknown name
 * is a syntax error, bad parameters a planning error, each at the type's position with the caret
 * snippet, before any record is read; in both evaluation modes.
 */
class TypeNameErrorsTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiterString = " | ",
            quoteCharacter = '"',
            textBlock =
                    """
                    CAST(x AS FOO)                               | Syntax   | 1:11 | expected a type name but found 'FOO'
                    x IS FOO                                     | Syntax   | 1:6  | expected a type name but found 'FOO'
                    x IS NOT DECIMAL(2, 5)                       | Planning | 1:10 | DECIMAL scale must be 0..2, got 5
                    CAST(x AS DECIMAL(2, 5))                     | Planning | 1:11 | DECIMAL scale must be between 0 and the precision 2
                    CAN_CAST(x AS DECIMAL(2000))                 | Planning | 1:15 | DECIMAL precision must be 1..1000, got 2000
                    CAST(x AS INT(4))                            | Syntax   | 1:14 | expected ')' but found '('
                    CAST(x AS FLOAT(60))                         | Planning | 1:11 | FLOAT precision must be 1..53, got 60
                    x IS VARCHAR(0)                              | Planning | 1:6  | VARCHAR length must be positive, got 0
                    x IS TIME(10)                                | Planning | 1:6  | fractional seconds precision must be 0..9, got 10
                    CAN_LOSSLESS_CAST(x AS INTERVAL DAY(10))     | Planning | 1:24 | interval leading field precision must be 1..9, got 10
                    CAST(x AS INTERVAL MONTH TO DAY)             | Planning | 1:11 | invalid interval qualifier
                    SELECT VALUE CAST(s.a AS BAG(1)) FROM x AS s | Syntax   | 1:29 | expected ')' but found '('
                    """)
    void failTheCompilationAtTheType(
            String statement, String kind, String position, String message) {
        for (EvalMode mode : EvalMode.values()) {
            PartiQLException e =
                    catchThrowableOfType(
                            PartiQLException.class,
                            () ->
                                    PlanCompiler.compile(
                                            statement,
                                            CompileOptions.forStream("x").withMode(mode)));

            assertThat(e).as("error of %s in %s", statement, mode).isNotNull();
            assertThat(e.getLine() + ":" + e.getColumn()).isEqualTo(position);
            assertThat(e.getMessageWithoutLocation()).startsWith(message);
            assertThat(e.getMessage())
                    .startsWith(kind + " error at " + position + ": " + message)
                    .contains("\n  " + statement + "\n");
        }
    }
}
