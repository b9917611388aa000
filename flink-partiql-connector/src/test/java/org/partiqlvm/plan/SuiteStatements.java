package org.partiqlvm.plan;

import com.amazon.ion.IonList;
import com.amazon.ion.IonString;
import com.amazon.ion.IonStruct;
import com.amazon.ion.IonSymbol;
import com.amazon.ion.IonSystem;
import com.amazon.ion.IonText;
import com.amazon.ion.IonValue;
import com.amazon.ion.system.IonSystemBuilder;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.partiqlvm.conformance.SuiteLocator;

/**
 * Reads the statements of the PartiQL conformance suite's evaluation tests ({@code eval/**} except
 * the graph tests, and {@code eval-equiv/**}) with the global names of each test's environment.
 */
final class SuiteStatements {

    /**
     * One statement to plan.
     *
     * @param file the file, relative to the suite's data folder
     * @param name the test name
     * @param statement the statement text
     * @param globals the top-level names of the test's environment
     * @param successInCoerceMode whether the test expects success in permissive mode
     *     (EvalModeCoerce)
     * @param successInErrorMode whether the test expects success in strict mode (EvalModeError)
     */
    record Case(
            String file,
            String name,
            String statement,
            Set<String> globals,
            boolean successInCoerceMode,
            boolean successInErrorMode) {}

    private static final IonSystem ION = IonSystemBuilder.standard().build();

    private SuiteStatements() {}

    /** The suite's data folder ({@link SuiteLocator#requireDataDir()}). */
    static Path locate() {
        return SuiteLocator.requireDataDir();
    }

    /**
     * The evaluation tests: {@code eval/**} (without the graph tests) and {@code eval-equiv/**}.
     */
    static List<Case> load(Path data) throws IOException {
        return load(data, List.of("eval", "eval-equiv"));
    }

    /** The tests of the given folders of the suite (without the graph tests). */
    static List<Case> load(Path data, List<String> areas) throws IOException {
        List<Path> files = new ArrayList<>();
        for (String area : areas) {
            try (Stream<Path> walk = Files.walk(data.resolve(area))) {
                walk.filter(p -> p.toString().endsWith(".ion"))
                        .filter(
                                p ->
                                        !data.relativize(p)
                                                .toString()
                                                .startsWith("eval/experimental/graph"))
                        .sorted()
                        .forEach(files::add);
            }
        }
        List<Case> cases = new ArrayList<>();
        for (Path file : files) {
            List<IonValue> values = new ArrayList<>();
            values.addAll(ION.getLoader().load(Files.readString(file)));
            new FileReader(data.relativize(file).toString(), cases).read(values, null);
        }
        return cases;
    }

    /** Reads one file's values, tracking the current envs and the equivalence classes. */
    private static final class FileReader {
        private final String file;
        private final List<Case> cases;
        private final Map<String, List<String>> equivalenceClasses = new HashMap<>();

        FileReader(String file, List<Case> cases) {
            this.file = file;
            this.cases = cases;
        }

        /** Reads a namespace's values; returns the envs in force after them. */
        IonStruct read(List<IonValue> values, IonStruct envs) {
            for (IonValue value : values) {
                if (value.hasTypeAnnotation("envs") && value instanceof IonStruct struct) {
                    envs = struct;
                } else if (value.hasTypeAnnotation("equiv_class") && value instanceof IonStruct s) {
                    List<String> statements = new ArrayList<>();
                    for (IonValue statement : (IonList) s.get("statements")) {
                        statements.add(((IonText) statement).stringValue());
                    }
                    equivalenceClasses.put(((IonText) s.get("id")).stringValue(), statements);
                } else if (value instanceof IonList list && value.getTypeAnnotations().length > 0) {
                    List<IonValue> inner = new ArrayList<>(list);
                    envs = read(inner, envs);
                } else if (value instanceof IonStruct test && test.get("statement") != null) {
                    addTest(test, envs);
                }
            }
            return envs;
        }

        private void addTest(IonStruct test, IonStruct envs) {
            String name = ((IonText) test.get("name")).stringValue();
            IonValue env = test.get("env") != null ? test.get("env") : envs;
            Set<String> globals = new LinkedHashSet<>();
            if (env instanceof IonStruct struct) {
                for (IonValue field : struct) {
                    globals.add(field.getFieldName());
                }
            }
            boolean coerce = false;
            boolean error = false;
            IonValue assertion = test.get("assert");
            List<IonValue> asserts =
                    assertion instanceof IonList list ? new ArrayList<>(list) : List.of(assertion);
            for (IonValue a : asserts) {
                IonStruct struct = (IonStruct) a;
                if (!((IonText) struct.get("result")).stringValue().endsWith("Success")) {
                    continue;
                }
                IonValue modes = struct.get("evalMode");
                List<IonValue> modeList =
                        modes instanceof IonList list ? new ArrayList<>(list) : List.of(modes);
                for (IonValue mode : modeList) {
                    String m = mode == null ? "" : ((IonText) mode).stringValue();
                    coerce |= m.equals("EvalModeCoerce") || mode == null;
                    error |= m.equals("EvalModeError") || mode == null;
                }
            }
            IonValue statement = test.get("statement");
            List<String> statements;
            if (statement instanceof IonSymbol symbol) {
                statements = equivalenceClasses.getOrDefault(symbol.stringValue(), List.of());
            } else {
                statements = List.of(((IonString) statement).stringValue());
            }
            for (String text : statements) {
                cases.add(new Case(file, name, text, globals, coerce, error));
            }
        }
    }
}
