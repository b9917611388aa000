package org.partiqlvm.syntax;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Syntax errors name the right place and say what was expected; cases in parse-errors.txt. */
class ParseErrorTest {

    static Stream<Arguments> cases() throws IOException {
        List<Arguments> cases = new ArrayList<>();
        String text;
        try (InputStream in = ParseErrorTest.class.getResourceAsStream("parse-errors.txt")) {
            text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        for (String line : text.split("\n")) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            int second = line.lastIndexOf(" | ");
            int first = line.lastIndexOf(" | ", second - 1);
            String query = line.substring(0, first).replace("\\n", "\n").replace("\\r", "\r");
            String position = line.substring(first + 3, second);
            String message = line.substring(second + 3);
            cases.add(Arguments.of(query, position, message));
        }
        return cases.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void reportsWhereAndWhat(String query, String position, String message) {
        ParseException e = catchThrowableOfType(ParseException.class, () -> Parser.parse(query));
        assertThat(e).as("a ParseException for %s", query).isNotNull();
        assertThat(e.getLine() + ":" + e.getColumn()).isEqualTo(position);
        assertThat(e.getMessageWithoutLocation()).contains(message);
        assertThat(e.getMessage()).startsWith("Syntax error at " + position + ": ");
    }

    @Test
    void theMessageShowsTheOffendingLineWithACaret() {
        ParseException e =
                catchThrowableOfType(
                        ParseException.class, () -> Parser.parse("SELECT a, b, FROM t"));
        assertThat(e.getMessage())
                .isEqualTo(
                        "Syntax error at 1:14: expected an expression but found 'FROM'\n"
                                + "  SELECT a, b, FROM t\n"
                                + "               ^");
        assertThat(e.getExpected()).isEqualTo("an expression");
        assertThat(e.getFound()).isEqualTo("FROM");
    }

    @Test
    void onMultiLineInputOnlyTheOffendingLineIsShown() {
        ParseException e =
                catchThrowableOfType(
                        ParseException.class,
                        () -> Parser.parse("SELECT a\nFROM t\n\tWHERE a = = 1\nORDER BY a"));
        assertThat(e.getMessage())
                .isEqualTo(
                        "Syntax error at 3:12: expected an expression but found '='\n"
                                + "  \tWHERE a = = 1\n"
                                + "  \t          ^");
    }

    @Test
    void atTheEndOfInputTheCaretFollowsTheText() {
        ParseException e =
                catchThrowableOfType(ParseException.class, () -> Parser.parse("SELECT a FROM"));
        assertThat(e.getFound()).isEqualTo(ParseException.END_OF_INPUT);
        assertThat(e.getMessage())
                .isEqualTo(
                        "Syntax error at 1:14: expected an expression but found end of input\n"
                                + "  SELECT a FROM\n"
                                + "               ^");
    }

    @Test
    void veryLongLinesAreCutAroundTheColumn() {
        String query = "SELECT " + "a + ".repeat(100) + "+ FROM t" + " OR b".repeat(100);
        ParseException e = catchThrowableOfType(ParseException.class, () -> Parser.parse(query));
        String[] lines = e.getMessage().split("\n");
        assertThat(lines).hasSize(3);
        assertThat(lines[1]).startsWith("  ...").endsWith("...").hasSizeLessThan(140);
        assertThat(lines[2].indexOf('^')).isEqualTo(lines[1].indexOf("+ FROM") + 2);
    }
}
