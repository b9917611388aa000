package org.partiqlvm.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.cfg.JsonNodeFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AddLifecycleHook;
import org.apache.flink.metrics.groups.UnregisteredMetricsGroup;
import org.apache.flink.util.Collector;
import org.partiqlvm.engine.CompileOptions;
import org.partiqlvm.engine.CompiledPlan;
import org.partiqlvm.engine.PlanCompiler;
import org.partiqlvm.engine.RecordRunner;
import org.partiqlvm.engine.runtime.EvalMode;
import org.partiqlvm.error.PartiQLException;
import org.partiqlvm.flink.DeadLetter;
import org.partiqlvm.flink.PartiQLRecordRunner;
import org.partiqlvm.flink.QuerySettings;
import org.partiqlvm.flink.codec.InputCodec;
import org.partiqlvm.flink.codec.JsonBytesInputCodec;
import org.partiqlvm.flink.codec.JsonNodeInputCodec;
import org.partiqlvm.flink.codec.JsonStringInputCodec;
import org.partiqlvm.flink.codec.MapInputCodec;
import org.partiqlvm.flink.codec.ValueInputCodec;
import org.partiqlvm.flink.codec.ValueOutputCodec;
import org.partiqlvm.flink.error.BadRecordException;
import org.partiqlvm.flink.error.BadRecordPolicy;
import org.partiqlvm.value.Value;
import org.partiqlvm.value.ValueArena;
import org.partiqlvm.value.ValueDecodeException;
import org.partiqlvm.value.ion.IonValueReader;
import org.partiqlvm.value.json.JsonProjection;
import org.partiqlvm.value.json.JsonValueReader;

/**
 * Random and damaged records through {@link PartiQLRecordRunner} under every bad-record policy,
 * through every JSON codec, through both JSON readers, and through a serialized plan. Tries: {@link
 * FuzzTries}.
 */
@AddLifecycleHook(FuzzTries.class)
class RecordFuzzTest {

    /**
     * Reads JSON as exactly as the text codecs: decimals as BigDecimal with their scale (Jackson's
     * node factory strips trailing zeros unless told not to: {@code 0.000} would become {@code 0},
     * a different value, as the fuzz suite found).
     */
    private static final ObjectMapper MAPPER =
            JsonMapper.builder()
                    .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
                    .disable(JsonNodeFeature.STRIP_TRAILING_BIGDECIMAL_ZEROES)
                    .build();

    /** Statements over the fields of {@link FuzzData}, each in both modes. */
    private static final List<CompiledPlan> PLANS = plans();

    private static List<CompiledPlan> plans() {
        List<CompiledPlan> plans = new ArrayList<>();
        for (String statement :
                List.of(
                        "SELECT VALUE s FROM stream AS s",
                        "SELECT s.id, s.a + 1 AS a1, UPPER(s.b) AS ub, s.n.a AS na FROM stream AS s"
                                + " WHERE s.c IS NOT NULL OR s.id > 0",
                        "SELECT VALUE [x, s.id] FROM stream AS s, s.xs AS x",
                        "SELECT s.tags[0] AS t, CAST(s.c AS DECIMAL(8,2)) AS c2,"
                                + " CHAR_LENGTH(s.b) AS n FROM stream AS s",
                        "SELECT COUNT(*) AS n, SUM(x) AS t FROM stream AS s, s.xs AS x")) {
            for (EvalMode mode : EvalMode.values()) {
                plans.add(
                        PlanCompiler.compile(
                                statement, CompileOptions.forStream("stream").withMode(mode)));
            }
        }
        return plans;
    }

    /** A record's outcome: its rows (as text) or the kind of bad record it is. */
    private record Outcome(List<String> rows, String badRecord) {}

    // ------------------------------------------------------------------ policies and neighbours

    @Property(tries = 150)
    void aBadRecordNeverCostsItsNeighboursUnderAnyPolicy(
            @ForAll("batches") List<byte[]> batch, @ForAll("planIndex") int planIndex) {
        CompiledPlan plan = PLANS.get(planIndex);
        List<Outcome> alone = new ArrayList<>();
        for (byte[] record : batch) {
            alone.add(runAlone(plan, record));
        }
        for (BadRecordPolicy policy : BadRecordPolicy.values()) {
            PartiQLRecordRunner<byte[], Value> runner =
                    runner(plan, new JsonBytesInputCodec(), policy);
            int deadLetters = 0;
            for (int i = 0; i < batch.size(); i++) {
                List<String> rows = new ArrayList<>();
                Outcome expected = alone.get(i);
                try {
                    DeadLetter letter = runner.run(batch.get(i), collector(rows));
                    if (letter != null) {
                        deadLetters++;
                        assertThat(letter.errorType).isEqualTo(expected.badRecord());
                    }
                    if (expected.badRecord() == null) {
                        assertThat(rows).isEqualTo(expected.rows());
                    } else {
                        assertThat(rows).isEmpty();
                        assertThat(letter == null).isEqualTo(policy == BadRecordPolicy.SKIP);
                    }
                } catch (BadRecordException e) {
                    assertThat(policy).isEqualTo(BadRecordPolicy.FAIL);
                    assertThat(expected.badRecord()).isNotNull();
                    assertThat(rows).isEmpty();
                }
            }
            if (policy == BadRecordPolicy.DEAD_LETTER) {
                assertThat(deadLetters)
                        .isEqualTo(alone.stream().filter(o -> o.badRecord() != null).count());
            }
        }
    }

    /** The outcome of one record run by a fresh runner (dead letters on). */
    private static Outcome runAlone(CompiledPlan plan, byte[] record) {
        PartiQLRecordRunner<byte[], Value> runner =
                runner(plan, new JsonBytesInputCodec(), BadRecordPolicy.DEAD_LETTER);
        List<String> rows = new ArrayList<>();
        DeadLetter letter = runner.run(record, collector(rows));
        return letter == null ? new Outcome(rows, null) : new Outcome(List.of(), letter.errorType);
    }

    @Provide
    Arbitrary<List<byte[]>> batches() {
        Arbitrary<byte[]> good = FuzzData.records().map(r -> utf8(FuzzData.json(r)));
        Arbitrary<byte[]> bad = good.flatMap(FuzzData::mutated);
        return Arbitraries.oneOf(good, good, bad).list().ofMinSize(1).ofMaxSize(8);
    }

    @Provide
    Arbitrary<Integer> planIndex() {
        return Arbitraries.integers().between(0, PLANS.size() - 1);
    }

    // ------------------------------------------------------------------ codecs agree

    @Property(tries = 200)
    void everyCodecGivesTheSameRowsOrTheSameKindOfError(
            @ForAll("records") Map<String, Object> record, @ForAll("planIndex") int planIndex)
            throws IOException {
        CompiledPlan plan = PLANS.get(planIndex);
        String json = FuzzData.json(record);
        Outcome bytes = run(plan, new JsonBytesInputCodec(), utf8(json));
        assertThat(run(plan, new JsonStringInputCodec(), json)).as("string").isEqualTo(bytes);
        assertThat(run(plan, new JsonStringInputCodec(), "\uFEFF" + json))
                .as("string with a byte order mark")
                .isEqualTo(bytes);
        assertThat(run(plan, new JsonBytesInputCodec(), utf8("\uFEFF" + json)))
                .as("bytes with a byte order mark")
                .isEqualTo(bytes);
        JsonNode node = MAPPER.readTree(json);
        assertThat(run(plan, new JsonNodeInputCodec(), node)).as("JsonNode").isEqualTo(bytes);
        @SuppressWarnings("unchecked")
        Map<String, Object> map = MAPPER.readValue(json, Map.class);
        assertThat(run(plan, new MapInputCodec(), map)).as("Map").isEqualTo(bytes);
        Value ion = IonValueReader.standard().read(FuzzData.ion(record));
        assertThat(run(plan, new ValueInputCodec(), ion)).as("Ion").isEqualTo(bytes);
    }

    @Provide
    Arbitrary<Map<String, Object>> records() {
        return FuzzData.records();
    }

    private static <T> Outcome run(CompiledPlan plan, InputCodec<T> codec, T record) {
        PartiQLRecordRunner<T, Value> runner = runner(plan, codec, BadRecordPolicy.DEAD_LETTER);
        List<String> rows = new ArrayList<>();
        DeadLetter letter = runner.run(record, collector(rows));
        return letter == null ? new Outcome(rows, null) : new Outcome(List.of(), letter.errorType);
    }

    // ------------------------------------------------------------------ the two JSON readers agree

    @Property(tries = 400)
    void theByteScannerAndTheGenericReaderAgree(
            @ForAll("jsonBytes") byte[] json, @ForAll("planIndex") int planIndex) {
        JsonProjection projection =
                planIndex % 3 == 0 ? JsonProjection.all() : PLANS.get(planIndex).inputProjection(0);
        String generic;
        try {
            generic = JsonValueReader.standard().read(json, projection).toString();
        } catch (ValueDecodeException e) {
            generic = "error";
        }
        String fast;
        try {
            fast =
                    JsonValueReader.standard()
                            .recordReader()
                            .read(json, projection, new ValueArena())
                            .toString();
        } catch (ValueDecodeException e) {
            fast = "error";
        }
        assertThat(fast).isEqualTo(generic);
    }

    @Provide
    Arbitrary<byte[]> jsonBytes() {
        Arbitrary<byte[]> good = FuzzData.records().map(r -> utf8(FuzzData.json(r)));
        return Arbitraries.oneOf(good, good.flatMap(FuzzData::mutated));
    }

    // ------------------------------------------------------------------ serialized plans

    @Property(tries = 100)
    void aSerializedPlanGivesTheSameResults(
            @ForAll("statements") String statement,
            @ForAll("recordList") List<Map<String, Object>> records)
            throws Exception {
        CompiledPlan plan;
        try {
            plan = PlanCompiler.compile(statement, CompileOptions.forStream("stream"));
            RecordRunner.checkRunnable(plan);
        } catch (PartiQLException rejected) {
            return;
        }
        CompiledPlan copy = roundTrip(plan);
        for (Map<String, Object> record : records) {
            byte[] json = utf8(FuzzData.json(record));
            assertThat(runAlone(copy, json)).isEqualTo(runAlone(plan, json));
        }
    }

    @Provide
    Arbitrary<String> statements() {
        return FuzzStatements.statements();
    }

    @Provide
    Arbitrary<List<Map<String, Object>>> recordList() {
        return FuzzData.records().list().ofMinSize(1).ofMaxSize(4);
    }

    private static CompiledPlan roundTrip(CompiledPlan plan) throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
            out.writeObject(plan);
        }
        try (ObjectInputStream in =
                new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
            return (CompiledPlan) in.readObject();
        }
    }

    // ------------------------------------------------------------------ helpers

    private static <T> PartiQLRecordRunner<T, Value> runner(
            CompiledPlan plan, InputCodec<T> codec, BadRecordPolicy policy) {
        PartiQLRecordRunner<T, Value> runner =
                new PartiQLRecordRunner<>(
                        plan,
                        codec,
                        new ValueOutputCodec(),
                        QuerySettings.defaults(plan.source(), policy),
                        null);
        runner.open(new UnregisteredMetricsGroup());
        return runner;
    }

    /** Collects each row's text at once (a row may point into the codec's reused arena). */
    private static Collector<Value> collector(List<String> rows) {
        return new Collector<>() {
            @Override
            public void collect(Value row) {
                rows.add(row.toString());
            }

            @Override
            public void close() {}
        };
    }

    private static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }
}
