package org.partiqlvm.engine;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.partiqlvm.engine.runtime.EvalMode;
import org.partiqlvm.engine.runtime.EvaluationException;
import org.partiqlvm.value.Value;
import org.partiqlvm.value.ValueArena;
import org.partiqlvm.value.ValueDecodeException;
import org.partiqlvm.value.json.JsonProjection;
import org.partiqlvm.value.json.JsonRecordReader;
import org.partiqlvm.value.json.JsonValueReader;

/**
 * Path-pruned JSON input changes nothing a statement can see: for a corpus of statements (paths,
 * unnests, wildcards, SELECT *, GROUP AS, UNPIVOT, subqueries, case-insensitive and quoted names)
 * and random, untidy records (duplicate keys, keys differing in case, nulls, wrong kinds, nested
 * arrays), the result, or the error, is the same with the plan's projection as with a full decode,
 * in both modes.
 */
class JsonProjectionEquivalenceTest {

    static final String[] STATEMENTS = {
        "SELECT r.id, r.user.country AS country, i.sku, i.qty * i.price AS total"
                + " FROM stream AS r, r.items AS i WHERE i.qty > 0",
        "SELECT r.id, SUM(i.qty * i.price) AS total FROM stream AS r, r.items AS i GROUP BY r.id",
        "SELECT r.id, r.user.country AS country, r.amount FROM stream AS r WHERE r.amount > 50",
        "SELECT r.user FROM stream AS r",
        "SELECT * FROM stream AS r",
        "SELECT VALUE r FROM stream AS r",
        "SELECT r.items[0].sku AS s FROM stream AS r",
        "SELECT r.\"Country\" AS a, r.country AS b, r.COUNTRY AS c FROM stream AS r",
        "SELECT i FROM stream AS r, r.items AS i",
        "SELECT x, p FROM stream AS r, r.tags AS x AT p",
        "SELECT r.id, COUNT(*) AS n, g FROM stream AS r, r.items AS i GROUP BY r.id GROUP AS g",
        "SELECT v, n FROM stream AS r, UNPIVOT r.user AS v AT n",
        "SELECT r.a.b.c AS c FROM stream AS r WHERE r.a IS NOT MISSING",
        "SELECT (SELECT VALUE i.qty FROM r.items AS i) AS q FROM stream AS r",
        "SELECT COUNT(*) AS n FROM stream AS r",
        "stream",
        "SELECT r.ID AS id FROM stream AS r",
        "SELECT j.qty AS q FROM stream AS r, r.items AS i, i.parts AS j",
        "SELECT r.id FROM stream AS r WHERE EXISTS (SELECT 1 FROM r.items AS i WHERE i.qty > 1)",
        "SELECT r['id'] AS id FROM stream AS r",
        "SELECT VALUE r.items[*].sku FROM stream AS r",
        "SELECT VALUE r.user.* FROM stream AS r",
        "SELECT r EXCLUDE r.id FROM stream AS r",
        "SELECT x.y AS y FROM stream AS r, r.user AS x",
        "SELECT s.id FROM stream AS r, stream AS s",
        "SELECT VALUE [r.tags, r.user.name] FROM stream AS r",
        "SELECT r.id FROM stream AS r ORDER BY r.amount",
        "SELECT t.q FROM stream AS r, (SELECT i.qty AS q FROM r.items AS i) AS t",
        "SELECT r.amount + 1.5 AS a, r.amount - r.id AS b, r.amount * r.amount AS c FROM stream AS r",
        "SELECT r.id FROM stream AS r WHERE r.amount = 1.5 OR r.amount < r.id OR r.amount >= 2.25",
        "SELECT r.user.name AS n FROM stream AS r WHERE r.user.country = 's1' OR r.name > 's2'",
    };

    private static final String[] KEYS = {
        "id", "ID", "user", "items", "qty", "price", "sku", "amount", "country", "Country", "tags",
        "a", "b", "c", "parts", "name", "y"
    };

    /** Fractional numbers: plain and compact, with exponents, beyond 18 digits, negative zero. */
    private static final String[] DECIMALS = {
        "0.0",
        "1.5",
        "1.50",
        "2.25",
        "-0.001",
        "12.34",
        "-7.125",
        "0.0000001",
        "1e3",
        "2.5E-2",
        "-0.0",
        "123456789012345678.9",
        "1.0000000000000000001",
        "99999999999999999.5",
        "100.00"
    };

    @Test
    void prunedInputGivesTheSameResultsAndErrors() {
        List<String> records = records(2026, 400);
        int compared = 0;
        for (CompiledPlan plan : plansInBothModes()) {
            String statement = plan.source();
            EvalMode mode = plan.mode();
            JsonProjection projection = plan.inputProjection(0);
            PartiQLVM vm = new PartiQLVM(plan);
            for (String record : records) {
                byte[] bytes = record.getBytes(StandardCharsets.UTF_8);
                String full = outcome(vm, JsonValueReader.standard().read(bytes));
                String pruned = outcome(vm, JsonValueReader.standard().read(bytes, projection));
                assertThat(pruned)
                        .as("%s (%s, projection %s) on %s", statement, mode, projection, record)
                        .isEqualTo(full);
                compared++;
            }
        }
        assertThat(compared).isEqualTo(2 * STATEMENTS.length * 400);
    }

    /**
     * Reading with value reuse (one reader and one arena for all records, from bytes and from text)
     * gives the same results, errors and JSON rows as ordinary values read in full.
     */
    @Test
    void reusedValuesGiveTheSameResultsErrorsAndJsonRows() throws Exception {
        List<String> records = records(77, 300);
        int compared = 0;
        for (CompiledPlan plan : plansInBothModes()) {
            String statement = plan.source();
            EvalMode mode = plan.mode();
            JsonProjection projection = plan.inputProjection(0);
            PartiQLVM vm = new PartiQLVM(plan);
            JsonRecordReader reader = JsonValueReader.standard().recordReader();
            ValueArena arena = new ValueArena();
            for (String record : records) {
                byte[] bytes = record.getBytes(StandardCharsets.UTF_8);
                Value full = JsonValueReader.standard().read(bytes);
                String expected = outcome(vm, full) + jsonRows(vm, full);
                Value fromBytes = reader.read(bytes, projection, arena);
                assertThat(outcome(vm, fromBytes) + jsonRows(vm, fromBytes))
                        .as("%s (%s) on %s", statement, mode, record)
                        .isEqualTo(expected);
                Value fromText = reader.read(record, projection, arena);
                assertThat(outcome(vm, fromText) + jsonRows(vm, fromText))
                        .as("%s (%s) on text %s", statement, mode, record)
                        .isEqualTo(expected);
                compared++;
            }
        }
        assertThat(compared).isEqualTo(2 * STATEMENTS.length * 300);
    }

    /**
     * A union of projections (what the dynamic-query operator reads once for several queries)
     * changes nothing either: each statement gives the same results and errors on records read with
     * the union of its projection and another statement's as with its own.
     */
    @Test
    void unionsOfProjectionsGiveEachStatementTheSameResults() {
        List<byte[]> records = new ArrayList<>();
        for (String record : records(91, 200)) {
            records.add(record.getBytes(StandardCharsets.UTF_8));
        }
        int compared = 0;
        for (int i = 0; i < STATEMENTS.length; i++) {
            CompiledPlan plan =
                    PlanCompiler.compile(STATEMENTS[i], CompileOptions.forStream("stream"));
            CompiledPlan other =
                    PlanCompiler.compile(
                            STATEMENTS[(i + 7) % STATEMENTS.length],
                            CompileOptions.forStream("stream"));
            JsonProjection own = plan.inputProjection(0);
            JsonProjection union = own.union(other.inputProjection(0));
            PartiQLVM vm = new PartiQLVM(plan);
            for (byte[] bytes : records) {
                assertThat(outcome(vm, JsonValueReader.standard().read(bytes, union)))
                        .as("%s with %s", STATEMENTS[i], union)
                        .isEqualTo(outcome(vm, JsonValueReader.standard().read(bytes, own)));
                compared++;
            }
        }
        assertThat(compared).isEqualTo(STATEMENTS.length * 200);
    }

    /** The rows as {@link ResultRow#writeJson} writes them, or the error. */
    private static String jsonRows(PartiQLVM vm, Value record) throws IOException {
        Bindings b = vm.newBindings();
        b.setStreamRecord(0, record);
        StringWriter text = new StringWriter();
        try (JsonGenerator g = new JsonFactory().createGenerator(text);
                ResultStream rows = vm.execute(b)) {
            for (ResultRow row = rows.nextRow(); row != null; row = rows.nextRow()) {
                row.writeJson(g);
            }
        } catch (EvaluationException e) {
            return " error: " + e.getMessage();
        }
        return " " + text;
    }

    @Test
    void projectionsNarrowOnlyWhereTheStatementAllows() {
        assertThat(projection(STATEMENTS[0]))
                .hasToString(
                        // the global (a bag of one record): its elements, and an object met in
                        // its place, keep id, user.country and the items' qty, sku and price
                        "{items:{qty:*, sku:*, price:*, []:{qty:*, sku:*, price:*}}, id:*,"
                                + " user:{country:*}, []:{items:{qty:*, sku:*, price:*,"
                                + " []:{qty:*, sku:*, price:*}}, id:*, user:{country:*}}}");
        assertThat(projection("SELECT * FROM stream AS r").isAll()).isTrue();
        assertThat(projection("SELECT VALUE r FROM stream AS r").isAll()).isTrue();
        assertThat(
                        projection(
                                        "SELECT r.id FROM stream AS r, r.items AS i GROUP BY r.id GROUP AS g")
                                .isAll())
                .isTrue();
        assertThat(projection("SELECT COUNT(*) AS n FROM stream AS r")).hasToString("{[]:{}}");
        assertThat(projection("SELECT r.items[0] AS i FROM stream AS r"))
                .hasToString("{items:*, []:{items:*}}");
    }

    @Test
    void malformedJsonIsMalformedWhetherSkippedOrNot() {
        JsonProjection idOnly = projection("SELECT r.id FROM stream AS r");
        for (String bad :
                new String[] {
                    "{\"id\": 1, \"skip\": [1, 2}", "{\"id\": 1, \"skip\": tru}", "{\"id\": 1,}"
                }) {
            byte[] bytes = bad.getBytes(StandardCharsets.UTF_8);
            assertThat(outcomeOfRead(bytes, JsonProjection.all()))
                    .startsWith("ValueDecodeException");
            assertThat(outcomeOfRead(bytes, idOnly)).startsWith("ValueDecodeException");
        }
    }

    private static JsonProjection projection(String statement) {
        return PlanCompiler.compile(statement, CompileOptions.forStream("stream"))
                .inputProjection(0);
    }

    private static String outcomeOfRead(byte[] bytes, JsonProjection projection) {
        try {
            return JsonValueReader.standard().read(bytes, projection).toString();
        } catch (ValueDecodeException e) {
            return "ValueDecodeException";
        }
    }

    private static String outcome(PartiQLVM vm, Value record) {
        Bindings b = vm.newBindings();
        b.setStreamRecord(0, record);
        try {
            Value result = vm.evaluate(b);
            return result.toString(); // the same input order gives the same order of rows
        } catch (EvaluationException e) {
            return "error: " + e.getMessage();
        }
    }

    /** {@code n} random untidy records from {@code seed}. */
    private static List<String> records(long seed, int n) {
        Random random = new Random(seed);
        List<String> records = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            records.add(value(random, 0, true));
        }
        return records;
    }

    /** Every statement compiled in permissive and in strict mode. */
    private static List<CompiledPlan> plansInBothModes() {
        List<CompiledPlan> plans = new ArrayList<>();
        for (EvalMode mode : EvalMode.values()) {
            for (String statement : STATEMENTS) {
                plans.add(
                        PlanCompiler.compile(
                                statement, CompileOptions.forStream("stream").withMode(mode)));
            }
        }
        return plans;
    }

    /** Random JSON text with untidy shapes. */
    private static String value(Random random, int depth, boolean object) {
        int kind = object ? 0 : random.nextInt(depth > 3 ? 4 : 7);
        switch (kind) {
            case 0:
                {
                    StringBuilder s = new StringBuilder("{");
                    int n = random.nextInt(6);
                    for (int i = 0; i < n; i++) {
                        s.append(i == 0 ? "" : ",")
                                .append('"')
                                .append(KEYS[random.nextInt(KEYS.length)])
                                .append("\":")
                                .append(value(random, depth + 1, false));
                    }
                    return s.append('}').toString();
                }
            case 1:
                return String.valueOf(random.nextInt(20) - 5);
            case 2:
                switch (random.nextInt(10)) {
                    case 0:
                        return "\"s\\u00e9\\\"" + random.nextInt(5) + "\\n\""; // escapes
                    case 1:
                        return "\"s\u00fc" + random.nextInt(5) + "\""; // not ASCII
                    default:
                        return "\"s" + random.nextInt(5) + "\"";
                }
            case 3:
                return random.nextBoolean() ? "null" : DECIMALS[random.nextInt(DECIMALS.length)];
            case 4:
            case 5:
                {
                    StringBuilder s = new StringBuilder("[");
                    int n = random.nextInt(4);
                    for (int i = 0; i < n; i++) {
                        s.append(i == 0 ? "" : ",")
                                .append(value(random, depth + 1, random.nextInt(3) > 0));
                    }
                    return s.append(']').toString();
                }
            default:
                return value(random, depth + 1, true);
        }
    }
}
