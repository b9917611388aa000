package org.partiqlvm.conformance;

import com.amazon.ion.IonValue;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * One test case of the suite, with everything resolved: the namespaces it sits in, its statements
 * (one, or several for an {@code equiv_class} reference), its effective environment (its own {@code
 * env}, else the inherited {@code envs}) and its assertions.
 *
 * @param id stable and unique in the suite: {@code <file without .ion>/<namespace...>/<name>}, plus
 *     {@code #2}, {@code #3}, ... for repeated names
 * @param file path of the {@code .ion} file relative to {@code partiql-tests-data}, with {@code /}
 *     separators
 * @param namespace the annotations of the enclosing lists, outermost first
 * @param env read-only global bindings for evaluation (a struct; an inherited one keeps its {@code
 *     envs} annotation), or null if the case has none
 */
public record ConformanceCase(
        String id,
        String file,
        List<String> namespace,
        String name,
        List<String> statements,
        IonValue env,
        List<ConformanceAssertion> assertions) {

    public ConformanceCase {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(name, "name");
        namespace = List.copyOf(namespace);
        statements = List.copyOf(statements);
        assertions = List.copyOf(assertions);
        if (statements.isEmpty()) {
            throw new IllegalArgumentException("test case " + id + " has no statement");
        }
    }

    /** True if the case's file lies under {@code directory} (e.g. {@code "fail/syntax"}). */
    public boolean isUnder(String directory) {
        return file.startsWith(directory.endsWith("/") ? directory : directory + "/");
    }

    /** The evaluation modes named by any of the assertions. */
    public Set<EvalMode> evalModes() {
        Set<EvalMode> modes = EnumSet.noneOf(EvalMode.class);
        for (ConformanceAssertion assertion : assertions) {
            modes.addAll(assertion.evalModes());
        }
        return modes;
    }
}
