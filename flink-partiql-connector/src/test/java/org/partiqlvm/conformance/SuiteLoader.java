package org.partiqlvm.conformance;

import com.amazon.ion.IonDatagram;
import com.amazon.ion.IonException;
import com.amazon.ion.IonList;
import com.amazon.ion.IonStruct;
import com.amazon.ion.IonSymbol;
import com.amazon.ion.IonSystem;
import com.amazon.ion.IonText;
import com.amazon.ion.IonValue;
import com.amazon.ion.system.IonSystemBuilder;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * Reads the suite's Ion files into {@link ConformanceCase} records.
 *
 * <p>A document (and every annotated list inside it, a <em>namespace</em>) holds test cases, {@code
 * envs::{...}} and {@code equiv_class::{...}} in order. An {@code envs} struct becomes the
 * environment of the following cases of its namespace and of the namespaces opened after it; a
 * case's own {@code env} replaces it. An {@code equiv_class} is visible the same way, and a case
 * whose {@code statement} is a symbol takes that class's statements. Anything else is a format
 * error naming the file, the namespace and the test.
 *
 * <p>The loaded Ion values are read-only, so cases can be shared between threads.
 */
public final class SuiteLoader {

    private static final String ION_SUFFIX = ".ion";

    private final IonSystem ion = IonSystemBuilder.standard().build();
    private final List<ConformanceCase> cases = new ArrayList<>();
    private final Map<String, Integer> idCounts = new HashMap<>();
    private int fileCount;
    private int duplicateIds;

    private SuiteLoader() {}

    /**
     * Loads every {@code .ion} file under {@code dataDir} (the {@code partiql-tests-data} folder).
     */
    public static LoadedSuite load(Path dataDir) throws IOException {
        Map<String, Path> files = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(dataDir)) {
            walk.filter(Files::isRegularFile)
                    .filter(path -> path.getFileName().toString().endsWith(ION_SUFFIX))
                    .forEach(path -> files.put(relativeName(dataDir, path), path));
        }
        SuiteLoader loader = new SuiteLoader();
        for (Map.Entry<String, Path> file : files.entrySet()) {
            loader.readDocument(file.getKey(), Files.readAllBytes(file.getValue()));
        }
        return loader.finish();
    }

    /**
     * Loads in-memory documents, keyed by their path relative to {@code partiql-tests-data} (e.g.
     * {@code "eval/query/pivot.ion"}), in key order. For tests of the loader itself.
     */
    public static LoadedSuite fromText(Map<String, String> documents) {
        SuiteLoader loader = new SuiteLoader();
        for (Map.Entry<String, String> document : new TreeMap<>(documents).entrySet()) {
            loader.readDocument(
                    document.getKey(), document.getValue().getBytes(StandardCharsets.UTF_8));
        }
        return loader.finish();
    }

    private static String relativeName(Path root, Path file) {
        StringBuilder name = new StringBuilder();
        for (Path part : root.relativize(file)) {
            if (name.length() > 0) {
                name.append('/');
            }
            name.append(part);
        }
        return name.toString();
    }

    private LoadedSuite finish() {
        return new LoadedSuite(cases, fileCount, duplicateIds);
    }

    private void readDocument(String file, byte[] content) {
        IonDatagram document;
        try {
            document = ion.getLoader().load(content);
        } catch (IonException e) {
            throw new SuiteFormatException(file + ": not valid Ion: " + e.getMessage(), e);
        }
        document.makeReadOnly();
        fileCount++;
        readNamespace(new Location(file, List.of()), document, new Scope(null, Map.of()));
    }

    /**
     * Reads the elements of one namespace in order; {@code scope} starts as a copy of what the
     * enclosing namespace had defined when this one opened.
     */
    private void readNamespace(Location location, Iterable<IonValue> elements, Scope scope) {
        int index = 0;
        for (IonValue element : elements) {
            index++;
            if (element instanceof IonList list) {
                String[] annotations = list.getTypeAnnotations();
                if (annotations.length != 1) {
                    throw location.error(
                            "element "
                                    + index
                                    + ": a namespace list needs exactly one annotation, found "
                                    + annotations.length);
                }
                readNamespace(location.enter(annotations[0]), list, scope.copy());
            } else if (element instanceof IonStruct struct) {
                readStruct(location, index, struct, scope);
            } else {
                throw location.error(
                        "element "
                                + index
                                + ": expected a test case, envs, equiv_class or namespace list,"
                                + " found "
                                + element.getType());
            }
        }
    }

    private void readStruct(Location location, int index, IonStruct struct, Scope scope) {
        String[] annotations = struct.getTypeAnnotations();
        if (annotations.length == 0) {
            readTestCase(location, struct, scope);
        } else if (annotations.length == 1 && annotations[0].equals("envs")) {
            scope.env = struct;
        } else if (annotations.length == 1 && annotations[0].equals("equiv_class")) {
            String id = text(location, "equiv_class", struct, "id");
            scope.equivClasses.put(id, stringList(location, "equiv_class " + id, struct));
        } else {
            throw location.error(
                    "element "
                            + index
                            + ": unknown struct annotation "
                            + String.join("::", annotations)
                            + " (expected none, envs or equiv_class)");
        }
    }

    private void readTestCase(Location location, IonStruct struct, Scope scope) {
        String name = text(location, "a test case", struct, "name");
        String what = "test '" + name + "'";
        IonValue statement = struct.get("statement");
        List<String> statements;
        if (statement instanceof IonSymbol symbol && !symbol.isNullValue()) {
            statements = scope.equivClasses.get(symbol.stringValue());
            if (statements == null) {
                throw location.error(
                        what
                                + ": statement refers to equiv_class '"
                                + symbol.stringValue()
                                + "', which is not defined before it in this namespace or an"
                                + " enclosing one");
            }
        } else if (statement instanceof IonText string && !string.isNullValue()) {
            statements = List.of(string.stringValue());
        } else {
            throw location.error(what + ": field 'statement' must be a string or a symbol");
        }
        IonValue ownEnv = struct.get("env");
        if (ownEnv != null && !(ownEnv instanceof IonStruct)) {
            throw location.error(what + ": field 'env' must be a struct");
        }
        IonValue env = ownEnv != null ? ownEnv : scope.env;
        List<ConformanceAssertion> assertions =
                readAssertions(location, what, struct.get("assert"));
        cases.add(
                new ConformanceCase(
                        uniqueId(location.idPrefix() + sanitize(name)),
                        location.file(),
                        location.namespace(),
                        name,
                        statements,
                        env,
                        assertions));
    }

    private List<ConformanceAssertion> readAssertions(
            Location location, String what, IonValue assertField) {
        List<IonValue> elements = new ArrayList<>();
        if (assertField instanceof IonStruct single) {
            elements.add(single);
        } else if (assertField instanceof IonList list && !list.isNullValue()) {
            list.forEach(elements::add);
        } else {
            throw location.error(what + ": field 'assert' must be a struct or a list of structs");
        }
        if (elements.isEmpty()) {
            throw location.error(what + ": field 'assert' is empty");
        }
        List<ConformanceAssertion> assertions = new ArrayList<>();
        for (IonValue element : elements) {
            if (!(element instanceof IonStruct assertion)) {
                throw location.error(what + ": every assert element must be a struct");
            }
            assertions.add(readAssertion(location, what, assertion));
        }
        return assertions;
    }

    private ConformanceAssertion readAssertion(Location location, String what, IonStruct struct) {
        String resultSymbol = text(location, what + ": assert", struct, "result");
        ExpectedResult result;
        try {
            result = ExpectedResult.fromSymbol(resultSymbol);
        } catch (IllegalArgumentException e) {
            throw location.error(what + ": " + e.getMessage());
        }
        List<EvalMode> modes = new ArrayList<>();
        IonValue modeField = struct.get("evalMode");
        if (modeField instanceof IonSymbol symbol) {
            modes.add(evalMode(location, what, symbol));
        } else if (modeField instanceof IonList list) {
            for (IonValue mode : list) {
                if (!(mode instanceof IonSymbol symbol)) {
                    throw location.error(what + ": an evalMode list must hold symbols");
                }
                modes.add(evalMode(location, what, symbol));
            }
        } else if (modeField != null) {
            throw location.error(what + ": evalMode must be a symbol or a list of symbols");
        }
        if (result.isEvaluation() && modes.isEmpty()) {
            throw location.error(what + ": " + result.symbol() + " needs an evalMode");
        }
        IonValue output = null;
        if (result == ExpectedResult.EVALUATION_SUCCESS) {
            output = struct.get("output");
            if (output == null) {
                throw location.error(what + ": EvaluationSuccess needs an output");
            }
        }
        return new ConformanceAssertion(result, Set.copyOf(modes), output);
    }

    private static EvalMode evalMode(Location location, String what, IonSymbol symbol) {
        try {
            return EvalMode.fromSymbol(symbol.stringValue());
        } catch (IllegalArgumentException e) {
            throw location.error(what + ": " + e.getMessage());
        }
    }

    private static String text(Location location, String what, IonStruct struct, String field) {
        IonValue value = struct.get(field);
        if (value instanceof IonText text && !text.isNullValue()) {
            return text.stringValue();
        }
        throw location.error(what + ": field '" + field + "' must be a string or a symbol");
    }

    private static List<String> stringList(Location location, String what, IonStruct struct) {
        IonValue value = struct.get("statements");
        if (!(value instanceof IonList list) || list.isNullValue() || list.isEmpty()) {
            throw location.error(what + ": field 'statements' must be a non-empty list of strings");
        }
        List<String> statements = new ArrayList<>();
        for (IonValue statement : list) {
            if (!(statement instanceof IonText text) || text.isNullValue()) {
                throw location.error(what + ": every statement must be a string");
            }
            statements.add(text.stringValue());
        }
        return List.copyOf(statements);
    }

    /**
     * The name as it appears in an id: control characters would break the line-based reports and
     * the ratchet file, and edge whitespace would not survive editors (three names end in a space).
     */
    private static String sanitize(String name) {
        return name.replaceAll("\\p{Cntrl}", " ").strip();
    }

    private String uniqueId(String baseId) {
        int seen = idCounts.merge(baseId, 1, Integer::sum);
        if (seen == 1) {
            return baseId;
        }
        duplicateIds++;
        String id = baseId + "#" + seen;
        while (idCounts.containsKey(id)) {
            id = id + "#" + seen;
        }
        idCounts.put(id, 1);
        return id;
    }

    /** The file and namespace path being read, for ids and error messages. */
    private record Location(String file, List<String> namespace) {

        Location enter(String name) {
            List<String> inner = new ArrayList<>(namespace);
            inner.add(name);
            return new Location(file, List.copyOf(inner));
        }

        String idPrefix() {
            String base =
                    file.endsWith(ION_SUFFIX)
                            ? file.substring(0, file.length() - ION_SUFFIX.length())
                            : file;
            StringBuilder prefix = new StringBuilder(base).append('/');
            for (String name : namespace) {
                prefix.append(sanitize(name)).append('/');
            }
            return prefix.toString();
        }

        SuiteFormatException error(String message) {
            String where =
                    namespace.isEmpty()
                            ? file
                            : file + ", namespace " + String.join("/", namespace);
            return new SuiteFormatException(where + ": " + message);
        }
    }

    /**
     * What a namespace has defined so far: the current {@code envs} and the equivalence classes.
     */
    private static final class Scope {
        IonValue env;
        final Map<String, List<String>> equivClasses;

        Scope(IonValue env, Map<String, List<String>> equivClasses) {
            this.env = env;
            this.equivClasses = new HashMap<>(equivClasses);
        }

        Scope copy() {
            return new Scope(env, equivClasses);
        }
    }
}
