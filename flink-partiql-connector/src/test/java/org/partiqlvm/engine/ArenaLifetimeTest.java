package org.partiqlvm.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;
import org.partiqlvm.engine.runtime.EvalMode;
import org.partiqlvm.engine.runtime.LimitExceededException;
import org.partiqlvm.engine.runtime.Limits;
import org.partiqlvm.value.Value;
import org.partiqlvm.value.ValueArena;
import org.partiqlvm.value.ValueEquivalence;
import org.partiqlvm.value.ion.IonValueReader;
import org.partiqlvm.value.json.JsonProjection;
import org.partiqlvm.value.json.JsonValueReader;

/**
 * Strings computed by LOWER, UPPER, TRIM, {@code ||} and SUBSTRING are characters in the VM's
 * arena, released before every row. Whatever keeps a value beyond its row — grouping, sorting,
 * DISTINCT, aggregates, joins, LET, subqueries, PIVOT, a FROM subquery walked by a join, the caller
 * — must see the value of its own row, never the characters a later row wrote over it. Each
 * statement runs over records read with value reuse, and its result is compared with the value
 * written out by hand; the first record's result must still be right after the second record ran.
 */
class ArenaLifetimeTest {

    private static final String R1 =
            "{\"id\": 1, \"email\": \"  Ann@X.COM \", \"lines\": [{\"s\": \"Ab\"}, {\"s\": \"cD\"},"
                    + " {\"s\": \"aB\"}, {\"s\": \"Ef\"}]}";
    private static final String R2 =
            "{\"id\": 2, \"email\": \"bob@y.com\", \"lines\": [{\"s\": \"XY\"}, {\"s\": \"zz\"}]}";

    private static final String FROM = " FROM stream AS o, o.lines AS l";

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiterString = "##",
            quoteCharacter = '`',
            value = {
                // streaming rows, kept by the caller
                "SELECT LOWER(l.s) AS a, UPPER(l.s) || '!' AS b"
                        + FROM
                        + "## $bag::[{a: \"ab\", b: \"AB!\"}, {a: \"cd\", b: \"CD!\"}, {a: \"ab\", b: \"AB!\"},"
                        + " {a: \"ef\", b: \"EF!\"}]",
                // GROUP BY a computed key
                "SELECT k, COUNT(*) AS n"
                        + FROM
                        + " GROUP BY LOWER(l.s) AS k"
                        + "## $bag::[{k: \"ab\", n: 2}, {k: \"cd\", n: 1}, {k: \"ef\", n: 1}]",
                // ORDER BY a computed key, a computed value
                "SELECT VALUE LOWER(l.s) || '.'"
                        + FROM
                        + " ORDER BY UPPER(l.s) DESC, l.s"
                        + "## [\"ef.\", \"cd.\", \"ab.\", \"ab.\"]",
                // DISTINCT
                "SELECT DISTINCT VALUE LOWER(TRIM(l.s))"
                        + FROM
                        + "## $bag::[\"ab\", \"cd\", \"ef\"]",
                // aggregates that keep a string
                "SELECT MAX(LOWER(l.s)) AS mx, MIN(UPPER(l.s) || 'z') AS mn"
                        + FROM
                        + "## $bag::[{mx: \"ef\", mn: \"ABz\"}]",
                // a collection built by a subquery, one per record
                "SELECT VALUE (SELECT VALUE LOWER(l.s) || TRIM(o.email) FROM o.lines AS l)"
                        + " FROM stream AS o"
                        + "## $bag::[$bag::[\"abAnn@X.COM\", \"cdAnn@X.COM\", \"abAnn@X.COM\", \"efAnn@X.COM\"]]",
                // a join on computed keys
                "SELECT LOWER(a.s) AS x, UPPER(b.s) || SUBSTRING(a.s, 2) AS y"
                        + " FROM stream AS o, o.lines AS a JOIN o.lines AS b"
                        + " ON LOWER(a.s) = LOWER(b.s) WHERE LOWER(a.s) <> 'ab'"
                        + "## $bag::[{x: \"cd\", y: \"CDD\"}, {x: \"ef\", y: \"EFf\"}]",
                // LET
                "SELECT y"
                        + FROM
                        + " LET LOWER(l.s) AS x, x || UPPER(l.s) AS y"
                        + "## $bag::[{y: \"abAB\"}, {y: \"cdCD\"}, {y: \"abAB\"}, {y: \"efEF\"}]",
                // PIVOT with computed names and values
                "PIVOT UPPER(l.s) AT LOWER(l.s) || '_k'"
                        + FROM
                        + " WHERE l.s <> 'aB'"
                        + "## {ab_k: \"AB\", cd_k: \"CD\", ef_k: \"EF\"}",
                // a FROM subquery's computed column, held while the join walks the lines
                "SELECT s.e AS e, LOWER(l.s) AS t"
                        + " FROM (SELECT UPPER(TRIM(o.email)) AS e, o.lines AS ls"
                        + " FROM stream AS o) AS s, s.ls AS l"
                        + "## $bag::[{e: \"ANN@X.COM\", t: \"ab\"}, {e: \"ANN@X.COM\", t: \"cd\"},"
                        + " {e: \"ANN@X.COM\", t: \"ab\"}, {e: \"ANN@X.COM\", t: \"ef\"}]",
                // a filter that rejects rows after computing strings
                "SELECT VALUE UPPER(l.s) || LOWER(l.s)"
                        + FROM
                        + " WHERE LOWER(l.s) <> 'cd'"
                        + "## $bag::[\"ABab\", \"ABab\", \"EFef\"]",
                // a correlated subquery per row
                "SELECT LOWER(l.s) AS a,"
                        + " (SELECT VALUE UPPER(x.s) || LOWER(l.s) FROM o.lines AS x"
                        + " WHERE x.s = 'Ef') AS m"
                        + FROM
                        + "## $bag::[{a: \"ab\", m: $bag::[\"EFab\"]}, {a: \"cd\", m: $bag::[\"EFcd\"]},"
                        + " {a: \"ab\", m: $bag::[\"EFab\"]}, {a: \"ef\", m: $bag::[\"EFef\"]}]",
                // constructed structs, lists and bags (built in the VM's arena), kept by the caller
                "SELECT VALUE {'a': LOWER(l.s), 'b': [l.s, UPPER(l.s) || '!'], 'c': <<o.id>>}"
                        + FROM
                        + "## $bag::[{a: \"ab\", b: [\"Ab\", \"AB!\"], c: $bag::[1]},"
                        + " {a: \"cd\", b: [\"cD\", \"CD!\"], c: $bag::[1]},"
                        + " {a: \"ab\", b: [\"aB\", \"AB!\"], c: $bag::[1]},"
                        + " {a: \"ef\", b: [\"Ef\", \"EF!\"], c: $bag::[1]}]",
                // SEXP and BAG constructors, kept by the caller
                "SELECT VALUE SEXP(LOWER(l.s), BAG(UPPER(l.s)))"
                        + FROM
                        + " WHERE l.s <> 'aB'"
                        + "## $bag::[(\"ab\" $bag::[\"AB\"]), (\"cd\" $bag::[\"CD\"]),"
                        + " (\"ef\" $bag::[\"EF\"])]",
                // nested constructors, columns holding them
                "SELECT {'x': {'y': [LOWER(l.s), <<UPPER(l.s), o.id * 1.5>>]}} AS n, [[l.s]] AS m"
                        + FROM
                        + " WHERE l.s <> 'aB'"
                        + "## $bag::[{n: {x: {y: [\"ab\", $bag::[\"AB\", 1.5]]}}, m: [[\"Ab\"]]},"
                        + " {n: {x: {y: [\"cd\", $bag::[\"CD\", 1.5]]}}, m: [[\"cD\"]]},"
                        + " {n: {x: {y: [\"ef\", $bag::[\"EF\", 1.5]]}}, m: [[\"Ef\"]]}]",
                // a constructor holding a subquery's result
                "SELECT VALUE {'a': LOWER(l.s), 'q': (SELECT VALUE UPPER(x.s) || LOWER(l.s)"
                        + " FROM o.lines AS x WHERE x.s = 'Ef')}"
                        + FROM
                        + "## $bag::[{a: \"ab\", q: $bag::[\"EFab\"]}, {a: \"cd\", q: $bag::[\"EFcd\"]},"
                        + " {a: \"ab\", q: $bag::[\"EFab\"]}, {a: \"ef\", q: $bag::[\"EFef\"]}]",
                // GROUP BY a constructed key
                "SELECT k, COUNT(*) AS n"
                        + FROM
                        + " GROUP BY {'l': LOWER(l.s)} AS k"
                        + "## $bag::[{k: {l: \"ab\"}, n: 2}, {k: {l: \"cd\"}, n: 1}, {k: {l: \"ef\"}, n: 1}]",
                // GROUP BY a string taken out of a constructed struct
                "SELECT k, COUNT(*) AS n"
                        + " FROM (SELECT VALUE {'k': LOWER(l.s)}"
                        + FROM
                        + ") AS t GROUP BY t.k AS k"
                        + "## $bag::[{k: \"ab\", n: 2}, {k: \"cd\", n: 1}, {k: \"ef\", n: 1}]",
                // ORDER BY, sorting constructed values
                "SELECT VALUE {'v': LOWER(l.s) || '.', 'b': <<UPPER(l.s)>>}"
                        + FROM
                        + " ORDER BY UPPER(l.s) DESC, l.s"
                        + "## [{v: \"ef.\", b: $bag::[\"EF\"]}, {v: \"cd.\", b: $bag::[\"CD\"]},"
                        + " {v: \"ab.\", b: $bag::[\"AB\"]}, {v: \"ab.\", b: $bag::[\"AB\"]}]",
                // DISTINCT constructed values
                "SELECT DISTINCT VALUE [LOWER(TRIM(l.s))]"
                        + FROM
                        + "## $bag::[[\"ab\"], [\"cd\"], [\"ef\"]]",
                // a subquery's collection of constructed values, one per record
                "SELECT VALUE (SELECT VALUE {'x': LOWER(l.s), 'e': TRIM(o.email)} FROM o.lines AS l)"
                        + " FROM stream AS o"
                        + "## $bag::[$bag::[{x: \"ab\", e: \"Ann@X.COM\"}, {x: \"cd\", e: \"Ann@X.COM\"},"
                        + " {x: \"ab\", e: \"Ann@X.COM\"}, {x: \"ef\", e: \"Ann@X.COM\"}]]",
                // a join on constructed keys, emitting constructed values
                "SELECT {'x': LOWER(a.s), 'y': [UPPER(b.s)]} AS p"
                        + " FROM stream AS o, o.lines AS a JOIN o.lines AS b"
                        + " ON {'k': LOWER(a.s)} = {'k': LOWER(b.s)} WHERE LOWER(a.s) <> 'ab'"
                        + "## $bag::[{p: {x: \"cd\", y: [\"CD\"]}}, {p: {x: \"ef\", y: [\"EF\"]}}]",
                // LET binding a constructed struct, read by a later one
                "SELECT y"
                        + FROM
                        + " LET {'a': LOWER(l.s)} AS x, [x.a, UPPER(l.s)] AS y"
                        + "## $bag::[{y: [\"ab\", \"AB\"]}, {y: [\"cd\", \"CD\"]}, {y: [\"ab\", \"AB\"]},"
                        + " {y: [\"ef\", \"EF\"]}]",
                // PIVOT of constructed values
                "PIVOT {'u': UPPER(l.s)} AT LOWER(l.s) || '_k'"
                        + FROM
                        + " WHERE l.s <> 'aB'"
                        + "## {ab_k: {u: \"AB\"}, cd_k: {u: \"CD\"}, ef_k: {u: \"EF\"}}",
                // a FROM subquery's constructed column, held while the join walks the lines
                "SELECT s.e AS e, LOWER(l.s) AS t"
                        + " FROM (SELECT {'u': UPPER(TRIM(o.email))} AS e, o.lines AS ls"
                        + " FROM stream AS o) AS s, s.ls AS l"
                        + "## $bag::[{e: {u: \"ANN@X.COM\"}, t: \"ab\"}, {e: {u: \"ANN@X.COM\"}, t: \"cd\"},"
                        + " {e: {u: \"ANN@X.COM\"}, t: \"ab\"}, {e: {u: \"ANN@X.COM\"}, t: \"ef\"}]",
                // FROM over a constructed list, one per row
                "SELECT VALUE x"
                        + FROM
                        + ", [LOWER(l.s), <<UPPER(l.s)>>] AS x"
                        + "## $bag::[\"ab\", $bag::[\"AB\"], \"cd\", $bag::[\"CD\"], \"ab\", $bag::[\"AB\"],"
                        + " \"ef\", $bag::[\"EF\"]]",
                // UNION of constructed values
                "(SELECT VALUE {'a': LOWER(l.s)}"
                        + FROM
                        + ") UNION (SELECT VALUE {'a': UPPER(l.s)}"
                        + FROM
                        + ")"
                        + "## $bag::[{a: \"ab\"}, {a: \"cd\"}, {a: \"ef\"}, {a: \"AB\"}, {a: \"CD\"},"
                        + " {a: \"EF\"}]",
                // a join closed by LIMIT while it holds a row, in a subquery per row
                "SELECT LOWER(l.s) AS a, (SELECT VALUE {'u': UPPER(x.s) || y.s}"
                        + " FROM o.lines AS x, o.lines AS y LIMIT 1) AS m, [UPPER(l.s)] AS b"
                        + FROM
                        + "## $bag::[{a: \"ab\", m: $bag::[{u: \"ABAb\"}], b: [\"AB\"]},"
                        + " {a: \"cd\", m: $bag::[{u: \"ABAb\"}], b: [\"CD\"]},"
                        + " {a: \"ab\", m: $bag::[{u: \"ABAb\"}], b: [\"AB\"]},"
                        + " {a: \"ef\", m: $bag::[{u: \"ABAb\"}], b: [\"EF\"]}]",
                // a SELECT list with a star, sorted
                "SELECT l.*, LOWER(l.s) AS low"
                        + FROM
                        + " ORDER BY l.s"
                        + "## [{s: \"Ab\", low: \"ab\"}, {s: \"Ef\", low: \"ef\"}, {s: \"aB\", low: \"ab\"},"
                        + " {s: \"cD\", low: \"cd\"}]",
                // aggregates over numbers taken out of constructed structs
                "SELECT SUM(t.d) AS s, MAX(t.d) AS m, COUNT(DISTINCT t.w) AS c"
                        + FROM
                        + " LET {'d': CASE WHEN l.s = 'Ab' THEN o.id * 1.5 END,"
                        + " 'w': LOWER(l.s), 'e': o.id * 2.5} AS t"
                        + "## $bag::[{s: 1.5, m: 1.5, c: 3}]",
            })
    void keptValuesAreTheirOwnRows(String statement, String expected) {
        PartiQLVM vm =
                new PartiQLVM(PlanCompiler.compile(statement, CompileOptions.forStream("stream")));
        ValueArena records = new ValueArena();
        Value first = run(vm, R1, records);
        assertEquivalent(statement, first, IonValueReader.standard().read(expected));
        Value second = run(vm, R2, records);
        assertThat(second.kind()).isNotNull();
        assertEquivalent(statement + " (after the next record)", first, read(expected));
    }

    /**
     * Ordinary strings (read from Ion, not slices) bound once per outer row and read by string
     * functions on every inner row: the copies the functions make into the arena never replace the
     * variable's own text.
     */
    @Test
    void heldOrdinaryStringsStayIntactAcrossInnerRows() {
        PartiQLVM vm =
                new PartiQLVM(
                        PlanCompiler.compile(
                                "SELECT TRIM(e) || '|' || SUBSTRING(e, 2, 3) || '|' || REPLACE(e,"
                                        + " ' ', '_') AS t, UPPER(l.s) AS x FROM stream AS o,"
                                        + " o.emails AS e, o.lines AS l",
                                CompileOptions.forStream("stream")));
        Value record =
                read(
                        "{emails: [\"  A b  \", \" cd \"], lines: [{s: \"ab\"}, {s: \"cd\"}, {s: \"ef\"}]}");
        Value result = vm.evaluate(vm.newBindings().setStreamRecord(0, record));
        assertEquivalent(
                "held strings",
                result,
                read(
                        "$bag::[{t: \"A b| A |__A_b__\", x: \"AB\"}, {t: \"A b| A |__A_b__\", x: \"CD\"},"
                                + " {t: \"A b| A |__A_b__\", x: \"EF\"}, {t: \"cd|cd |_cd_\", x: \"AB\"},"
                                + " {t: \"cd|cd |_cd_\", x: \"CD\"}, {t: \"cd|cd |_cd_\", x: \"EF\"}]"));
    }

    /**
     * A hash join on computed keys between two tables: the build side's keys and rows are kept
     * across every probe row, the probe row's strings across its matches.
     */
    @Test
    void hashJoinOnComputedKeysKeepsEachSide() {
        CompileOptions options = CompileOptions.withGlobals(List.of("a", "b"));
        CompiledPlan plan =
                PlanCompiler.compile(
                        "SELECT LOWER(x.s) || '-' || UPPER(y.s) AS p FROM a AS x JOIN b AS y"
                                + " ON LOWER(x.s) = LOWER(y.s)",
                        options);
        assertThat(plan.explain()).contains("HashJoin");
        PartiQLVM vm = new PartiQLVM(plan);
        Value result =
                vm.evaluate(
                        vm.newBindings()
                                .set("a", read("$bag::[{s: \"Ab\"}, {s: \"cD\"}, {s: \"EF\"}]"))
                                .set(
                                        "b",
                                        read(
                                                "$bag::[{s: \"aB\"}, {s: \"AB\"}, {s: \"cd\"},"
                                                        + " {s: \"gh\"}]")));
        assertEquivalent(
                "hash join",
                result,
                read("$bag::[{p: \"ab-AB\"}, {p: \"ab-AB\"}, {p: \"cd-CD\"}]"));
    }

    /** The caller keeps column values of earlier rows while it pulls the next ones. */
    @Test
    void valuesTheCallerKeepsStayTheirRows() {
        PartiQLVM vm =
                new PartiQLVM(
                        PlanCompiler.compile(
                                "SELECT LOWER(l.s) || '-' || UPPER(l.s) AS a, TRIM(o.email) AS e"
                                        + FROM,
                                CompileOptions.forStream("stream")));
        Bindings in = vm.newBindings().setStreamRecord(0, JsonValueReader.standard().read(R1));
        List<Value> kept = new ArrayList<>();
        List<String> texts = new ArrayList<>();
        try (ResultStream rows = vm.execute(in)) {
            for (ResultRow row = rows.nextRow(); row != null; row = rows.nextRow()) {
                kept.add(row.getValue(0));
                texts.add(row.getString(1));
            }
        }
        assertThat(kept)
                .extracting(Value::asString)
                .containsExactly("ab-AB", "cd-CD", "ab-AB", "ef-EF");
        assertThat(texts).containsOnly("Ann@X.COM");
    }

    /**
     * Through the one per-record runner, records read into the reader's own arena: the constructed
     * rows the encoder keeps ({@link ResultRow#getValue}) stay those of their records after the
     * next records were read and evaluated.
     */
    @Test
    void constructedRowsKeptAcrossRecordsThroughTheRecordRunner() {
        ValueArena records = new ValueArena();
        RecordRunner<String, Value> runner =
                new RecordRunner<>(
                        "query 'q'",
                        PlanCompiler.compile(
                                "SELECT VALUE {'a': LOWER(l.s), 'b': [l.s, o.id], 'e': o.email}"
                                        + FROM,
                                CompileOptions.forStream("stream")),
                        null,
                        Limits.DEFAULTS,
                        text ->
                                JsonValueReader.standard()
                                        .recordReader()
                                        .read(
                                                text.getBytes(StandardCharsets.UTF_8),
                                                JsonProjection.all(),
                                                records),
                        row -> row.getValue(0));
        List<Value> kept = new ArrayList<>();
        for (String record : List.of(R1, R2)) {
            assertThat(runner.run(record).isOk()).isTrue();
            kept.addAll(runner.rows());
        }
        assertEquivalent(
                "kept rows",
                Value.bagOf(kept.toArray(new Value[0])),
                read(
                        "$bag::[{a: \"ab\", b: [\"Ab\", 1], e: \"  Ann@X.COM \"},"
                                + " {a: \"cd\", b: [\"cD\", 1], e: \"  Ann@X.COM \"},"
                                + " {a: \"ab\", b: [\"aB\", 1], e: \"  Ann@X.COM \"},"
                                + " {a: \"ef\", b: [\"Ef\", 1], e: \"  Ann@X.COM \"},"
                                + " {a: \"xy\", b: [\"XY\", 2], e: \"bob@y.com\"},"
                                + " {a: \"zz\", b: [\"zz\", 2], e: \"bob@y.com\"}]"));
    }

    /** {@code arena-size} bounds a row, not a record: the arena is released between rows. */
    @ParameterizedTest
    @EnumSource(EvalMode.class)
    void theArenaSizeBoundsOneRow(EvalMode mode) {
        String line = "x".repeat(300);
        StringBuilder record = new StringBuilder("{\"lines\": [");
        for (int i = 0; i < 20; i++) {
            record.append(i == 0 ? "" : ", ").append("{\"s\": \"").append(line).append("\"}");
        }
        String json = record.append("]}").toString();
        CompileOptions options = CompileOptions.forStream("stream").withMode(mode);
        // 20 rows of 600 bytes each: more than 1 KB together, less each
        PartiQLVM vm =
                new PartiQLVM(
                                PlanCompiler.compile(
                                        "SELECT VALUE UPPER(l.s) FROM stream AS o, o.lines AS l",
                                        options))
                        .withArenaSize(1024, 1024);
        assertThat(vm.limits().arenaSize()).isEqualTo(1024);
        Value all = vm.evaluate(vm.newBindings().setStreamRecord(0, read(json)));
        assertThat(all.size()).isEqualTo(20);
        assertThat(all.get(19).asString()).isEqualTo(line.toUpperCase());

        // one row that needs 1,200 bytes fails with the typed limit error, in both modes
        PartiQLVM tooSmall =
                new PartiQLVM(
                                PlanCompiler.compile(
                                        "SELECT VALUE UPPER(l.s) || UPPER(l.s)"
                                                + " FROM stream AS o, o.lines AS l",
                                        options))
                        .withLimits(Limits.of("arena-size=1KB"));
        assertThatThrownBy(
                        () ->
                                tooSmall.evaluate(
                                        tooSmall.newBindings().setStreamRecord(0, read(json))))
                .isInstanceOfSatisfying(
                        LimitExceededException.class,
                        e -> {
                            assertThat(e.limitName()).isEqualTo(Limits.ARENA_SIZE);
                            assertThat(e.getMessage()).contains("arena-size=1024");
                        });
    }

    /**
     * Through the one per-record runner (the Flink operators', the CLI's, the SQL functions'): a
     * record whose row needs more than {@code arena-size} is one bad record {@code LIMIT_EXCEEDED}
     * naming the limit, in both modes, and the next record runs normally.
     */
    @ParameterizedTest
    @EnumSource(EvalMode.class)
    void aRowPastTheArenaSizeIsOneBadRecord(EvalMode mode) {
        RecordRunner<String, String> runner =
                JsonRunners.of(
                        "SELECT VALUE UPPER(s.x) || UPPER(s.x) FROM stream AS s",
                        mode,
                        Limits.of("arena-size=1KB"));
        RecordOutcome bad = runner.run("{\"x\": \"" + "y".repeat(300) + "\"}");
        assertThat(bad.reason()).isEqualTo(BadRecordReason.LIMIT_EXCEEDED);
        assertThat(((LimitExceededException) bad.error()).limitName()).isEqualTo(Limits.ARENA_SIZE);
        assertThat(bad.message()).contains("arena-size=1024");
        assertThat(runner.run("{\"x\": \"ab\"}").isOk()).isTrue();
    }

    /**
     * Operators that consume many rows in one go (grouping, sorting, DISTINCT, PIVOT, subqueries, a
     * hash join's build side, filters) release each row's strings once they kept their copies:
     * twenty rows of 400 bytes each (a join's pair: 800) pass through a 1 KB arena.
     */
    @ParameterizedTest
    @CsvSource(
            delimiterString = "##",
            quoteCharacter = '`',
            value = {
                "SELECT k, COUNT(*) AS n FROM stream AS o, o.lines AS l GROUP BY UPPER(l.s) AS k"
                        + "## 1",
                "SELECT MAX(UPPER(l.s)) AS m FROM stream AS o, o.lines AS l## 1",
                "SELECT VALUE UPPER(l.s) FROM stream AS o, o.lines AS l ORDER BY UPPER(l.s)## 20",
                "SELECT DISTINCT VALUE UPPER(l.s) FROM stream AS o, o.lines AS l## 1",
                "PIVOT l.n AT UPPER(l.s) FROM stream AS o, o.lines AS l## 1",
                "SELECT VALUE l.n FROM stream AS o, o.lines AS l WHERE UPPER(l.s) = 'X'## 0",
                "SELECT VALUE UPPER(l.s) FROM stream AS o, o.lines AS l LIMIT 2 OFFSET 17## 2",
                "SELECT VALUE (SELECT VALUE UPPER(x.s) FROM o.lines AS x) FROM stream AS o## 1",
                "SELECT VALUE a.n FROM stream AS o, o.lines AS a JOIN o.lines AS b"
                        + " ON UPPER(a.s) = UPPER(b.s) AND a.n = b.n## 20",
            })
    void operatorsThatConsumeManyRowsReleaseEach(String statement, int size) {
        String line = "x".repeat(200);
        StringBuilder record = new StringBuilder("{\"lines\": [");
        for (int i = 0; i < 20; i++) {
            record.append(i == 0 ? "" : ", ")
                    .append("{\"n\": ")
                    .append(i)
                    .append(", \"s\": \"")
                    .append(line)
                    .append("\"}");
        }
        PartiQLVM vm =
                new PartiQLVM(PlanCompiler.compile(statement, CompileOptions.forStream("stream")))
                        .withArenaSize(1024, 1024);
        Value result =
                vm.evaluate(vm.newBindings().setStreamRecord(0, read(record.append("]}") + "")));
        assertThat(result.kind().isCollection() ? result.size() : 1).as(statement).isEqualTo(size);
    }

    private static Value run(PartiQLVM vm, String json, ValueArena records) {
        Value record =
                JsonValueReader.standard()
                        .recordReader()
                        .read(json.getBytes(StandardCharsets.UTF_8), JsonProjection.all(), records);
        return ValueArena.detach(vm.evaluate(vm.newBindings().setStreamRecord(0, record)));
    }

    private static Value read(String text) {
        return IonValueReader.standard().read(text);
    }

    private static void assertEquivalent(String what, Value actual, Value expected) {
        assertThat(ValueEquivalence.equivalent(actual, expected))
                .as(what + ": got " + actual + ", expected " + expected)
                .isTrue();
    }
}
