package org.partiqlvm.engine;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.lang.reflect.Field;
import java.lang.reflect.GenericArrayType;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.partiqlvm.engine.expr.Eval;
import org.partiqlvm.engine.op.RelSpec;
import org.partiqlvm.engine.runtime.EvalMode;
import org.partiqlvm.engine.runtime.EvaluationException;
import org.partiqlvm.value.Value;
import org.partiqlvm.value.ion.IonValueReader;

/**
 * A compiled plan survives Java serialization (how Flink ships it to its task managers): for a
 * spread of statements, the deserialized plan gives the same results on the same inputs, in both
 * modes, and running a plan does not change its serialized form (no mutable compiled state).
 * Between them the statements use every scalar evaluator and operator spec of the engine except
 * {@code UdfCallEval}, whose plans {@code UdfRegistryTest} round-trips; a structural check covers
 * the fields of every evaluator and operator spec, including ones no statement here reaches.
 */
class CompiledPlanSerializationTest {

    /** Records for the stream, covering present, absent, NULL and mistyped fields. */
    private static final List<Value> RECORDS =
            List.of(
                    ion(
                            "{id: 1, name: \"alice\", pat: \"x%\", tags: [\"a\", \"b\"], price: 2.5e0, d: 2021-03-04,"
                                    + " items: [{sku: \"x1\", qty: 2, price: 10},"
                                    + " {sku: \"y2\", qty: 0, price: 3}, {sku: \"x3\", qty: 5, price: 1}]}"),
                    ion(
                            "{id: 2, name: \"bob\", pat: \"_1\", tags: [], items: [{sku: \"x1\", qty: 1, price: 7}]}"),
                    ion("{id: 3, name: null, items: []}"),
                    ion("{id: \"four\", name: 4, items: 5}"));

    /** A table for the statements that join the stream with an environment. */
    private static final Value SKUS =
            ion("[{sku: \"x1\", label: \"first\"}, {sku: \"x3\", label: \"third\"}]");

    static Stream<Arguments> statements() {
        return Stream.of(
                        "SELECT r.id, r.name FROM stream AS r",
                        "SELECT r.id, i.sku, i.qty * i.price AS total FROM stream AS r, r.items AS i"
                                + " WHERE i.qty > 0",
                        "SELECT VALUE r.name FROM stream AS r WHERE r.name LIKE 'a%'",
                        "SELECT VALUE i.sku FROM stream AS r, r.items AS i WHERE i.sku LIKE r.pat",
                        "SELECT r.id, CASE WHEN r.id > 1 THEN 'big' WHEN r.id = 1 THEN 'one'"
                                + " ELSE 'other' END AS bucket FROM stream AS r",
                        "SELECT r.id, CASE r.name WHEN 'bob' THEN 1 END AS bob FROM stream AS r",
                        "SELECT r.id, (SELECT VALUE i.sku FROM r.items AS i WHERE i.qty > 0) AS skus"
                                + " FROM stream AS r",
                        "SELECT r.id, (SELECT COUNT(*) AS n FROM r.items AS i) AS n FROM stream AS r",
                        "SELECT upper(r.name) AS u, char_length(r.name) AS n,"
                                + " substring(r.name, 2, 2) AS s, trim(both 'a' from r.name) AS t,"
                                + " coalesce(r.name, 'none') AS c, r.name || '!' AS x"
                                + " FROM stream AS r",
                        "SELECT CAST(r.id AS STRING) AS s, r.id IS INT AS isint,"
                                + " extract(year FROM r.d) AS y, abs(-r.id) AS a, r.id % 2 AS m"
                                + " FROM stream AS r",
                        "SELECT i.sku, SUM(i.qty) AS q, COUNT(*) AS n FROM stream AS r, r.items AS i"
                                + " GROUP BY i.sku ORDER BY i.sku",
                        "SELECT VALUE i.sku FROM stream AS r, r.items AS i ORDER BY i.qty DESC"
                                + " LIMIT 2 OFFSET 1",
                        "SELECT DISTINCT i.sku FROM stream AS r, r.items AS i",
                        "SELECT r.id, t AS tag FROM stream AS r, r.tags AS t AT pos WHERE pos >= 0",
                        "SELECT r.id, i.sku, s.label FROM stream AS r, r.items AS i"
                                + " LEFT JOIN skus AS s ON s.sku = i.sku",
                        "SELECT VALUE {'id': r.id, 'n': [r.name, <<r.id>>], 'first': r.items[0].sku}"
                                + " FROM stream AS r",
                        "SELECT r.id FROM stream AS r WHERE r.id IN (1, 3) OR r.id BETWEEN 2 AND 2",
                        "SELECT r.* EXCLUDE r.items, r.tags FROM stream AS r",
                        "PIVOT i.qty AT i.sku FROM stream AS r, r.items AS i",
                        "SELECT VALUE k FROM stream AS r, UNPIVOT r AS v AT k",
                        "(SELECT r.id FROM stream AS r) UNION (SELECT 10 AS id FROM stream AS r)",
                        "SELECT x, y FROM stream AS r LET r.id * 2 AS x, x + 1 AS y",
                        "SELECT id, name FROM stream AS r WHERE id > ?",
                        "SELECT id, sku FROM stream AS r, r.items AS i",
                        "SELECT i.sku AS a, s.sku AS b FROM stream AS r, r.items AS i"
                                + " FULL JOIN skus AS s ON s.sku = i.sku",
                        "(SELECT VALUE r.id FROM stream AS r) OUTER UNION << 'A' >>",
                        "SELECT 1 + 1 AS two",
                        "SELECT regexp_like(r.name, '^a') AS a, regexp_extract(r.name, r.pat) AS e,"
                                + " regexp_replace(r.name, '([a-z])', '$1.') AS rr,"
                                + " to_string(r.d, 'yyyy/MM/dd') AS d, md5(r.name) AS h,"
                                + " json_serialize(r.tags) AS j, lpad(r.name, 6, '*') AS p"
                                + " FROM stream AS r",
                        "stream",
                        "[1, 2.5, 'three', {'four': 4}, date_add(day, 1, DATE '2020-01-31')]")
                .flatMap(
                        s ->
                                Stream.of(
                                        Arguments.of(s, EvalMode.COERCE),
                                        Arguments.of(s, EvalMode.ERROR)));
    }

    @ParameterizedTest(name = "[{1}] {0}")
    @MethodSource("statements")
    void aDeserializedPlanGivesTheSameResults(String statement, EvalMode mode) {
        CompiledPlan plan = compile(statement, mode);
        CompiledPlan copy = roundTrip(plan);

        assertThat(copy.source()).isEqualTo(plan.source());
        assertThat(copy.mode()).isEqualTo(plan.mode());
        assertThat(copy.schema()).isEqualTo(plan.schema());
        assertThat(copy.explain()).isEqualTo(plan.explain());
        assertThat(results(copy)).isEqualTo(results(plan));
    }

    @ParameterizedTest(name = "[{1}] {0}")
    @MethodSource("statements")
    void runningAPlanDoesNotChangeIt(String statement, EvalMode mode) {
        CompiledPlan plan = compile(statement, mode);
        byte[] before = serialize(plan);
        results(plan);

        assertThat(serialize(plan)).isEqualTo(before);
    }

    @Test
    void theResultsAreThoseOfTheStatement() {
        // guards the comparison above against comparing two empty or failing runs
        CompiledPlan plan =
                roundTrip(
                        compile(
                                "SELECT i.sku, SUM(i.qty) AS q FROM stream AS r, r.items AS i"
                                        + " GROUP BY i.sku ORDER BY i.sku",
                                EvalMode.COERCE));
        assertThat(results(plan))
                .containsExactly(
                        "[{'sku': 'x1', 'q': 2}, {'sku': 'x3', 'q': 5}, {'sku': 'y2', 'q': 0}]",
                        "[{'sku': 'x1', 'q': 1}]",
                        "[]",
                        "[{'sku': NULL, 'q': NULL}]"); // items: 5 is ranged over as <<5>>
    }

    @Test
    void everyEvaluatorAndOperatorSpecHoldsOnlySerializableFields() {
        JavaClasses engine =
                new ClassFileImporter()
                        .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                        .importPackages("org.partiqlvm.engine");
        List<String> checked = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        for (JavaClass javaClass : engine) {
            Class<?> type = javaClass.reflect();
            boolean compiled =
                    Eval.class.isAssignableFrom(type)
                            || RelSpec.class.isAssignableFrom(type)
                            || type == CompiledPlan.class;
            if (!compiled || type.isInterface() || type == Eval.class) {
                continue;
            }
            checked.add(type.getName().substring(type.getPackageName().length() + 1));
            for (Field field : type.getDeclaredFields()) {
                int modifiers = field.getModifiers();
                if (Modifier.isStatic(modifiers) || Modifier.isTransient(modifiers)) {
                    continue;
                }
                if (!Modifier.isFinal(modifiers)) {
                    problems.add(type.getName() + "." + field.getName() + " is not final");
                }
                if (!serializable(field.getGenericType())) {
                    problems.add(
                            type.getName()
                                    + "."
                                    + field.getName()
                                    + " has a type that is not Serializable: "
                                    + field.getGenericType().getTypeName());
                }
            }
        }

        assertThat(checked).contains("CallEval", "ScanOp$Spec", "CompiledPlan");
        assertThat(problems).isEmpty();
    }

    /**
     * Whether a declared field type only admits serializable values: primitives, serializable
     * classes and interfaces, arrays of them, and {@code List}/{@code Map} of them (whose instances
     * the round trips above check).
     */
    private static boolean serializable(Type type) {
        if (type instanceof Class<?> c) {
            return c.isPrimitive()
                    || Serializable.class.isAssignableFrom(c)
                    || c.isArray() && serializable(c.getComponentType());
        }
        if (type instanceof ParameterizedType p) {
            Class<?> raw = (Class<?>) p.getRawType();
            boolean container =
                    raw == List.class
                            || raw == Map.class
                            || Serializable.class.isAssignableFrom(raw);
            for (Type argument : p.getActualTypeArguments()) {
                if (!serializable(argument)) {
                    return false;
                }
            }
            return container;
        }
        if (type instanceof GenericArrayType a) {
            return serializable(a.getGenericComponentType());
        }
        return false;
    }

    private static CompiledPlan compile(String statement, EvalMode mode) {
        return PlanCompiler.compile(
                statement, CompileOptions.withGlobals(List.of("stream", "skus")).withMode(mode));
    }

    /** Per record, the result as text, or the error's class and message. */
    private static List<String> results(CompiledPlan plan) {
        PartiQLVM vm = new PartiQLVM(plan);
        List<String> results = new ArrayList<>();
        for (Value record : RECORDS) {
            try {
                Bindings in =
                        vm.newBindings()
                                .setStreamRecord(0, record)
                                .set("skus", SKUS)
                                .setParameters(Value.ofLong(1));
                results.add(vm.evaluate(in).toString());
            } catch (EvaluationException e) {
                results.add(e.getClass().getSimpleName() + ": " + e.getMessage());
            }
        }
        return results;
    }

    private static Value ion(String text) {
        return IonValueReader.standard().read(text);
    }

    /** {@code object} written with an ObjectOutputStream and read back. */
    @SuppressWarnings("unchecked")
    static <T> T roundTrip(T object) {
        try (ObjectInputStream in =
                new ObjectInputStream(new ByteArrayInputStream(serialize(object)))) {
            return (T) in.readObject();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException(e);
        }
    }

    private static byte[] serialize(Object object) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
            out.writeObject(object);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }
}
