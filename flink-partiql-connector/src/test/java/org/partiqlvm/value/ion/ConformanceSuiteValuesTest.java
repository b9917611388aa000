package org.partiqlvm.value.ion;

import static org.assertj.core.api.Assertions.assertThat;

import com.amazon.ion.IonList;
import com.amazon.ion.IonReader;
import com.amazon.ion.IonStruct;
import com.amazon.ion.IonSystem;
import com.amazon.ion.IonValue;
import com.amazon.ion.system.IonReaderBuilder;
import com.amazon.ion.system.IonSystemBuilder;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.partiqlvm.conformance.SuiteLocator;
import org.partiqlvm.value.Value;
import org.partiqlvm.value.ValueEquivalence;
import org.partiqlvm.value.ValueKind;

/**
 * Reads every env and expected output of the conformance suite's {@code eval} tests (when the suite
 * is present next to the repository) and checks that each value reads, round-trips through the Ion
 * writer to an equal value, and that every value kind but SEXP occurs.
 */
class ConformanceSuiteValuesTest {

    private static final IonSystem ION = IonSystemBuilder.standard().build();

    @Test
    void everyEnvAndOutputOfTheEvalSuiteReadsAndRoundTrips() throws IOException {
        Path data = SuiteLocator.requireDataDir();
        List<String> failures = new ArrayList<>();
        Map<ValueKind, Integer> kinds = new EnumMap<>(ValueKind.class);
        int[] count = {0};
        List<Path> files;
        try (Stream<Path> walk = Files.walk(data.resolve("eval"))) {
            files = walk.filter(p -> p.toString().endsWith(".ion")).sorted().toList();
        }
        for (Path file : files) {
            if (file.toString().contains("experimental/graph")) {
                continue; // $graph values are not supported
            }
            try (InputStream in = Files.newInputStream(file);
                    IonReader r = IonReaderBuilder.standard().build(in)) {
                Iterator<IonValue> it = ION.iterate(r);
                while (it.hasNext()) {
                    visit(it.next(), data.relativize(file).toString(), failures, kinds, count);
                }
            }
        }
        assertThat(failures).isEmpty();
        assertThat(count[0]).isGreaterThan(3000);
        assertThat(kinds.keySet())
                .contains(
                        ValueKind.MISSING,
                        ValueKind.NULL,
                        ValueKind.BOOL,
                        ValueKind.INT,
                        ValueKind.DECIMAL,
                        ValueKind.FLOAT,
                        ValueKind.STRING,
                        ValueKind.SYMBOL,
                        ValueKind.BLOB,
                        ValueKind.CLOB,
                        ValueKind.DATE,
                        ValueKind.TIME,
                        ValueKind.TIMESTAMP,
                        ValueKind.INTERVAL_YEAR_MONTH,
                        ValueKind.INTERVAL_DAY_TIME,
                        ValueKind.LIST,
                        ValueKind.BAG,
                        ValueKind.STRUCT); // SEXP occurs only inside statements' Ion literals
    }

    private static void visit(
            IonValue node,
            String file,
            List<String> failures,
            Map<ValueKind, Integer> kinds,
            int[] count) {
        if (node instanceof IonList namespace) {
            for (IonValue child : namespace) {
                visit(child, file, failures, kinds, count);
            }
            return;
        }
        if (!(node instanceof IonStruct struct)) {
            return;
        }
        if (struct.hasTypeAnnotation("envs")) {
            check(struct, file + " envs", failures, kinds, count);
            return;
        }
        String name = struct.get("name") == null ? "?" : struct.get("name").toString();
        IonValue env = struct.get("env");
        if (env != null) {
            check(env, file + " " + name + " env", failures, kinds, count);
        }
        IonValue asserts = struct.get("assert");
        List<IonValue> list = new ArrayList<>();
        if (asserts instanceof IonList l) {
            l.forEach(list::add);
        } else if (asserts != null) {
            list.add(asserts);
        }
        for (IonValue a : list) {
            IonValue output = a instanceof IonStruct s ? s.get("output") : null;
            if (output != null) {
                check(output, file + " " + name + " output", failures, kinds, count);
            }
        }
    }

    private static void check(
            IonValue ion,
            String where,
            List<String> failures,
            Map<ValueKind, Integer> kinds,
            int[] count) {
        try {
            Value v = IonValueReader.standard().fromIonValue(ion);
            count[0]++;
            collectKinds(v, kinds);
            Value back = IonValueReader.standard().read(IonValueWriter.standard().toBinary(v));
            if (!back.equals(v) || !ValueEquivalence.equivalent(back, v)) {
                failures.add(where + ": round trip changed " + v + " into " + back);
            }
        } catch (RuntimeException e) {
            failures.add(where + ": " + e);
        }
    }

    private static void collectKinds(Value v, Map<ValueKind, Integer> kinds) {
        kinds.merge(v.kind(), 1, Integer::sum);
        if (v.kind().isCollection()) {
            for (int i = 0; i < v.size(); i++) {
                collectKinds(v.get(i), kinds);
            }
        } else if (v.kind() == ValueKind.STRUCT) {
            for (int i = 0; i < v.fieldCount(); i++) {
                collectKinds(v.fieldValue(i), kinds);
            }
        }
    }
}
