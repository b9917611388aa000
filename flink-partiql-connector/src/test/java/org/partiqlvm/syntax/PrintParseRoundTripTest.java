package org.partiqlvm.syntax;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import com.amazon.ion.IonDatagram;
import com.amazon.ion.IonList;
import com.amazon.ion.IonString;
import com.amazon.ion.IonStruct;
import com.amazon.ion.IonSystem;
import com.amazon.ion.IonValue;
import com.amazon.ion.system.IonSystemBuilder;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.RecordComponent;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.partiqlvm.conformance.SuiteLocator;
import org.partiqlvm.error.SourceSpan;
import org.partiqlvm.syntax.ast.AstEquivalence;
import org.partiqlvm.syntax.ast.Expr;
import org.partiqlvm.syntax.ast.QueryStatement;
import org.partiqlvm.syntax.ast.Statement;

/**
 * {@code parse(print(ast))} equals {@code ast} (ignoring spans), and printing is a fixpoint: for
 * every statement of the PartiQL conformance suite that parses, for hand-picked statements, and for
 * random trees.
 */
class PrintParseRoundTripTest {

    /** The parser accepts most of the suite; far fewer means the suite was not read properly. */
    private static final int MIN_SUITE_STATEMENTS = 3000;

    @Test
    void everyParsableConformanceStatementRoundTrips() {
        Path suite = SuiteLocator.requireDataDir();

        Set<String> statements = suiteStatements(suite);
        List<String> failures = new ArrayList<>();
        int parsed = 0;
        for (String statement : statements) {
            Statement ast;
            try {
                ast = Parser.parse(statement);
            } catch (ParseException e) {
                continue; // a syntax-error test, or a form the parser does not support
            }
            parsed++;
            String failure = roundTripFailure(ast);
            if (failure != null) {
                failures.add("statement: " + statement + "\n" + failure);
            }
        }
        System.out.printf(
                "print/parse round trip: %d distinct suite statements, %d parse, %d fail%n",
                statements.size(), parsed, failures.size());
        if (!failures.isEmpty()) {
            fail(
                    failures.size()
                            + " statements do not round-trip:\n\n"
                            + String.join("\n\n", failures));
        }
        assertThat(parsed).isGreaterThanOrEqualTo(MIN_SUITE_STATEMENTS);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "SELECT ? AS a FROM t WHERE t.b = ? AND ? IN (1, 2)",
                "WITH x AS (SELECT * FROM t), y AS (SELECT VALUE v FROM x AS v) SELECT * FROM y",
                "SELECT * FROM a AS a JOIN (b AS b CROSS JOIN c AS c) ON a.x = b.x",
                "SELECT * FROM a AS a, (b AS b LEFT JOIN c AS c ON b.x = c.x)",
                "TABLE t",
                "VALUES (1, 2), (3, 4)",
                "SELECT t.* FROM t",
                "SELECT t.a.*, (t.*).* FROM t",
                "TRIM(both FROM both)",
                "TRIM(both)",
                "TRIM(FROM s)",
                "SUBSTRING(s, 1, 2)",
                "POSITION('a', s)",
                "CAST(x AS TIME WITHOUT TIME ZONE)",
                "1.0 - -.5e-3 - 7. * 0e0",
                "[a, b] OVERLAPS [c, d]",
                "x IS NOT INTERVAL",
                "(SELECT VALUE 1 FROM t ORDER BY x LIMIT 1) UNION SELECT VALUE 2 FROM u ORDER BY y",
                "a.\"b\".'c'[0][*].* ",
                "-(-1) - -1",
            })
    void handPickedStatementsRoundTrip(String statement) {
        String failure = roundTripFailure(Parser.parse(statement));
        assertThat(failure).as(statement).isNull();
    }

    @Property(tries = 2000)
    void randomTreesRoundTrip(@ForAll("trees") Expr tree) {
        String failure = roundTripFailure(new QueryStatement(tree, AstArbitraries.SPAN));
        assertThat(failure).isNull();
    }

    @Provide
    Arbitrary<Expr> trees() {
        return AstArbitraries.expressions(5);
    }

    /**
     * Null if {@code ast} prints to text that parses back to it and prints the same again;
     * otherwise the printed text and what went wrong.
     */
    private static String roundTripFailure(Statement ast) {
        String printed;
        try {
            printed = AstPrinter.print(ast);
        } catch (RuntimeException e) {
            return "cannot print: " + e;
        }
        Statement reparsed;
        try {
            reparsed = Parser.parse(printed);
        } catch (ParseException e) {
            return "printed: " + printed + "\ndoes not parse: " + e.getMessage();
        }
        String difference = firstDifference(ast, reparsed, "statement");
        if (difference != null) {
            return "printed: " + printed + "\nfirst difference: " + difference;
        }
        String reprinted = AstPrinter.print(reparsed);
        if (!reprinted.equals(printed)) {
            return "printed: " + printed + "\nreprinted: " + reprinted;
        }
        return null;
    }

    /** Where two trees first differ (ignoring spans), as a component path; null if they do not. */
    static String firstDifference(Object expected, Object actual, String where) {
        if (AstEquivalence.equalIgnoringSpans(expected, actual)) {
            return null;
        }
        if (expected == null
                || actual == null
                || expected.getClass() != actual.getClass()
                || !(expected instanceof List<?> || expected.getClass().isRecord())) {
            return where + ": expected " + brief(expected) + " but parsed " + brief(actual);
        }
        if (expected instanceof List<?> left) {
            List<?> right = (List<?>) actual;
            if (left.size() != right.size()) {
                return where + ": expected " + left.size() + " elements but parsed " + right.size();
            }
            for (int i = 0; i < left.size(); i++) {
                String difference =
                        firstDifference(left.get(i), right.get(i), where + "[" + i + "]");
                if (difference != null) {
                    return difference;
                }
            }
            return null;
        }
        for (RecordComponent component : expected.getClass().getRecordComponents()) {
            if (component.getType() == SourceSpan.class) {
                continue;
            }
            String difference =
                    firstDifference(
                            read(component, expected),
                            read(component, actual),
                            where + "." + component.getName());
            if (difference != null) {
                return difference;
            }
        }
        return null;
    }

    private static Object read(RecordComponent component, Object record) {
        try {
            return component.getAccessor().invoke(record);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String brief(Object value) {
        String text = String.valueOf(value);
        return text.length() <= 160 ? text : text.substring(0, 157) + "...";
    }

    // ---- the conformance suite -----------------------------------------------------------------

    /**
     * Every {@code statement} string and {@code equiv_class} statement of the suite's Ion files.
     */
    private static Set<String> suiteStatements(Path suite) {
        IonSystem ion = IonSystemBuilder.standard().build();
        Set<String> statements = new LinkedHashSet<>();
        try (Stream<Path> files = Files.walk(suite)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".ion")).sorted().toList()) {
                IonDatagram values = ion.getLoader().load(file.toFile());
                for (IonValue value : values) {
                    collect(value, statements);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return statements;
    }

    /**
     * A test case's {@code statement}, an equivalence class's {@code statements}, or a namespace.
     */
    private static void collect(IonValue value, Set<String> statements) {
        if (value instanceof IonList list) {
            for (IonValue element : list) {
                collect(element, statements);
            }
        } else if (value instanceof IonStruct struct) {
            if (struct.get("statement") instanceof IonString statement) {
                statements.add(statement.stringValue());
            }
            if (struct.hasTypeAnnotation("equiv_class")
                    && struct.get("statements") instanceof IonList list) {
                for (IonValue element : list) {
                    if (element instanceof IonString statement) {
                        statements.add(statement.stringValue());
                    }
                }
            }
        }
    }
}
