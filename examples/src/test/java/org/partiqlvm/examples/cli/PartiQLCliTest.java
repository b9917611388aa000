package org.partiqlvm.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.partiqlvm.value.ion.IonValueWriter;
import org.partiqlvm.value.json.JsonValueReader;

/** The CLI through its public entry point {@link PartiQLCli#run}, with captured streams. */
class PartiQLCliTest {

    private static final String ORDERS =
            "{\"id\": 1, \"lines\": [{\"sku\": \"a\", \"qty\": 2}, {\"sku\": \"b\", \"qty\": 0}]}\n"
                    + "{\"id\": 2, \"lines\": [{\"sku\": \"c\", \"qty\": 5}]}\n"
                    + "\n"
                    + "{\"id\": 3, \"lines\": []}\n";

    private static final String UNNEST =
            "SELECT o.id, l.sku FROM stream AS o, o.lines AS l WHERE l.qty > 0";

    @TempDir Path dir;

    /** What one run of the CLI did. */
    record Run(int exit, String out, String err) {
        List<String> lines() {
            return out.isEmpty() ? List.of() : List.of(out.split("\n"));
        }
    }

    static Run run(String stdin, String... args) {
        return run(stdin.getBytes(StandardCharsets.UTF_8), args);
    }

    static Run run(byte[] stdin, String... args) {
        return run(new ByteArrayInputStream(stdin), args);
    }

    static Run run(InputStream stdin, String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int exit =
                PartiQLCli.run(
                        args,
                        stdin,
                        new PrintStream(out, true, StandardCharsets.UTF_8),
                        new PrintStream(err, true, StandardCharsets.UTF_8));
        return new Run(
                exit, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    private Path file(String name, String content) throws Exception {
        Path p = dir.resolve(name);
        Files.writeString(p, content, StandardCharsets.UTF_8);
        return p;
    }

    @Test
    void perRecordModePrintsEachRecordsRowsInInputOrder() {
        Run r = run(ORDERS, "--query", UNNEST);

        assertThat(r.exit()).isZero();
        assertThat(r.lines())
                .containsExactly("{\"id\":1,\"sku\":\"a\"}", "{\"id\":2,\"sku\":\"c\"}");
        assertThat(r.err()).isEmpty();
    }

    @Test
    void readsTheQueryAndTheInputFromFiles() throws Exception {
        Path query = file("q.partiql", "-- unnest\n" + UNNEST + "\n");
        Path input = file("orders.jsonl", ORDERS);

        Run r = run("", "--query-file", query.toString(), "--input", input.toString());

        assertThat(r.exit()).isZero();
        assertThat(r.lines()).hasSize(2);
    }

    @Test
    void nameChangesWhatTheStatementReadsTheRecordBy() {
        Run r = run(ORDERS, "-q", "SELECT VALUE o.id FROM orders AS o", "--name", "orders");

        assertThat(r.exit()).isZero();
        assertThat(r.lines()).containsExactly("1", "2", "3");
    }

    @Test
    void tableModeSeesTheWholeInput() {
        Run r =
                run(
                        ORDERS,
                        "--table",
                        "-q",
                        "SELECT l.sku, SUM(l.qty) AS qty FROM stream AS o, o.lines AS l"
                                + " GROUP BY l.sku ORDER BY l.sku DESC");

        assertThat(r.exit()).isZero();
        assertThat(r.lines())
                .containsExactly(
                        "{\"sku\":\"c\",\"qty\":5}",
                        "{\"sku\":\"b\",\"qty\":0}",
                        "{\"sku\":\"a\",\"qty\":2}");
    }

    @Test
    void tableModePrintsANonCollectionResultAsOneLine() {
        Run r = run(ORDERS, "--table", "-q", "COLL_COUNT(stream)");

        assertThat(r.exit()).isZero();
        assertThat(r.lines()).containsExactly("3");
    }

    @Test
    void tableModeCountsTheWholeInputAsOneRecordForTheLimits() {
        String query = "SELECT l.sku FROM stream AS o, o.lines AS l";

        Run within = run(ORDERS, "--table", "--limit", "rows-per-record=3", "-q", query);
        Run over = run(ORDERS, "--table", "--limit", "rows-per-record=2", "-q", query);
        Run elements = run(ORDERS, "--table", "--limit", "rows-per-record=2", "-q", "stream[*].id");
        Run work =
                run(
                        ORDERS,
                        "--table",
                        "--limit",
                        "work-per-record=5",
                        "-q",
                        "SELECT a.id, b.id FROM stream AS a, stream AS b");

        assertThat(within.exit()).isZero();
        assertThat(within.lines()).hasSize(3);
        for (Run r : List.of(over, elements)) {
            assertThat(r.exit()).isEqualTo(2);
            assertThat(r.out()).isEmpty();
            assertThat(r.err())
                    .startsWith("evaluation error: Limit exceeded: ")
                    .contains("more than 2 rows")
                    .contains("(limit rows-per-record=2)");
        }
        assertThat(work.exit()).isEqualTo(2);
        assertThat(work.out()).isEmpty();
        assertThat(work.err())
                .startsWith("evaluation error: Limit exceeded: ")
                .contains("work-per-record=5");
    }

    @Test
    void valuesMaySpanLinesButALineHoldsOneRecord() {
        String input =
                "{\"id\": 1,\n \"lines\": [\n {\"sku\": \"x\", \"qty\": 1}]\n}\n"
                        + "{\"id\": 2, \"lines\": []} {\"id\": 3, \"lines\": []}\n"
                        + "{\"id\": 4}\n";

        Run r = run(input, "--on-error", "report", "-q", "SELECT VALUE o.id FROM stream AS o");

        assertThat(r.exit()).isZero();
        assertThat(r.lines()).containsExactly("1", "4");
        assertThat(r.err()).startsWith("bad record at line 5: MALFORMED_RECORD: ");
    }

    @Test
    void ionInAndIonOutKeepExactTypes() {
        String ion = "{id: 1, price: 1.50, tags: $bag::[\"x\"]}\n{id: 2, price: 2e0}\n";

        Run r =
                run(
                        ion,
                        "--format",
                        "ion",
                        "--output-format",
                        "ion",
                        "-q",
                        "SELECT o.id, o.price, o.tags FROM stream AS o");

        assertThat(r.exit()).isZero();
        assertThat(r.lines())
                .containsExactly("{id:1,price:1.50,tags:$bag::[\"x\"]}", "{id:2,price:2e0}");
    }

    @Test
    void readsIonBinary() throws Exception {
        Path input = dir.resolve("records.10n");
        Files.write(
                input,
                IonValueWriter.standard().toBinary(JsonValueReader.standard().read("{\"id\": 7}")));

        Run r =
                run(
                        "",
                        "--format",
                        "ion",
                        "--input",
                        input.toString(),
                        "-q",
                        "SELECT VALUE s.id FROM stream AS s");

        assertThat(r.exit()).isZero();
        assertThat(r.lines()).containsExactly("7");
    }

    @Test
    void explainPrintsThePlanWithoutReadingInput() {
        Run r = run("not json at all", "--explain", "-q", UNNEST);

        assertThat(r.exit()).isZero();
        assertThat(r.out())
                .contains("Physical plan")
                .contains("Scan stream AS $0")
                .contains("Filter");

        Run logical = run("not json at all", "--explain=logical", "-q", UNNEST);
        assertThat(logical.exit()).isZero();
        assertThat(logical.out()).contains("Scan global(\"stream\")").contains("Filter");

        assertThat(run("", "--explain=fancy", "-q", UNNEST).exit())
                .isEqualTo(PartiQLCli.USAGE_ERROR);
    }

    @Test
    void aSyntaxErrorExitsWithOneAndACaretAtLineAndColumn() {
        Run r = run(ORDERS, "-q", "SELECT o.id FROM stream AS o WHERE");

        assertThat(r.exit()).isEqualTo(PartiQLCli.QUERY_ERROR);
        assertThat(r.out()).isEmpty();
        assertThat(r.err()).contains("1:35").contains("^");
    }

    @Test
    void malformedInputFailsWithTwoAndTheRecordsLineByDefault() {
        String input = "{\"id\": 1}\n{\"id\": 2\n{\"id\": 3}\n";

        Run r = run(input, "-q", "SELECT VALUE s.id FROM stream AS s");

        assertThat(r.exit()).isEqualTo(PartiQLCli.INPUT_ERROR);
        assertThat(r.lines()).containsExactly("1");
        assertThat(r.err()).startsWith("bad record at line 2:");
    }

    @Test
    void skipDropsBadRecordsSilentlyAndGoesOn() {
        String input = "{\"id\": 1}\n{\"id\": 2\n{\"id\": 3}\nnot json\n{\"id\": 5}\n";

        Run r = run(input, "--on-error", "skip", "-q", "SELECT VALUE s.id FROM stream AS s");

        assertThat(r.exit()).isZero();
        assertThat(r.lines()).containsExactly("1", "3", "5");
        assertThat(r.err()).isEmpty();
    }

    @Test
    void reportNamesEachBadRecordsLineAndGoesOn() {
        String input = "{\"id\": 1}\n{\"id\": 2\n{\"id\": 3}\nnot json\n{\"id\": 5}\n";

        Run r = run(input, "--on-error", "report", "-q", "SELECT VALUE s.id FROM stream AS s");

        assertThat(r.exit()).isZero();
        assertThat(r.lines()).containsExactly("1", "3", "5");
        List<String> reported = new ArrayList<>();
        for (String line : r.err().split("\n")) {
            if (line.startsWith("bad record at line")) {
                reported.add(line.substring(0, line.indexOf(':')));
            }
        }
        assertThat(reported).containsExactly("bad record at line 2", "bad record at line 4");
    }

    @Test
    void strictModeTypeErrorsAreBadRecordsCoerceModeDropsThem() {
        String input = "{\"qty\": 1}\n{\"qty\": \"two\"}\n{\"qty\": 3}\n";
        String query = "SELECT VALUE s.qty FROM stream AS s WHERE s.qty > 0";

        Run coerce = run(input, "-q", query);
        Run strict = run(input, "--mode", "strict", "-q", query);

        assertThat(coerce.exit()).isZero();
        assertThat(coerce.lines()).containsExactly("1", "3");
        assertThat(strict.exit()).isEqualTo(PartiQLCli.INPUT_ERROR);
        assertThat(strict.lines()).containsExactly("1");
        assertThat(strict.err())
                .startsWith("bad record at line 2:")
                .contains("cannot compare STRING and INT");
    }

    @Test
    void aRecordFailingPartWayPrintsNoneOfItsRows() {
        String input = "{\"xs\": [1, 2]}\n{\"xs\": [3, \"four\", 5]}\n{\"xs\": [6]}\n";

        Run r =
                run(
                        input,
                        "--mode",
                        "strict",
                        "--on-error",
                        "report",
                        "-q",
                        "SELECT VALUE x + 1 FROM stream AS s, s.xs AS x");

        assertThat(r.exit()).isZero();
        assertThat(r.lines()).containsExactly("2", "3", "7");
        assertThat(r.err()).startsWith("bad record at line 2:");
    }

    @Test
    void anUnreadableInputFileExitsWithTwo() {
        Run r = run("", "--input", dir.resolve("nope.jsonl").toString(), "-q", UNNEST);

        assertThat(r.exit()).isEqualTo(PartiQLCli.INPUT_ERROR);
        assertThat(r.err()).contains("nope.jsonl");
    }

    @Test
    void usageErrorsExitWithSixtyFour() {
        assertThat(run("").exit()).isEqualTo(PartiQLCli.USAGE_ERROR); // no query
        assertThat(run("", "-q", "1", "-f", "q.sql").exit()).isEqualTo(PartiQLCli.USAGE_ERROR);
        assertThat(run("", "-q", "1", "--mode", "lenient").exit())
                .isEqualTo(PartiQLCli.USAGE_ERROR);
        assertThat(run("", "-q", "1", "--format", "csv").err()).contains("json, ion");
    }

    @Test
    void helpListsTheOptionsAndExitCodes() {
        Run r = run("", "--help");

        assertThat(r.exit()).isZero();
        assertThat(r.out())
                .contains("--query", "--query-file", "--input", "--format", "--output-format")
                .contains("--mode", "--name", "--table", "--explain", "--on-error")
                .contains("Exit codes");
    }

    @Test
    void strictModeWithIonOutputReportsAnEvaluationErrorAsABadRecord() {
        String input = "{\"qty\": 1}\n{\"qty\": \"two\"}\n{\"qty\": 3}\n";
        String query = "SELECT VALUE s.qty + 1 FROM stream AS s";

        Run fail = run(input, "--mode", "strict", "--output-format", "ion", "-q", query);
        Run skip =
                run(
                        input,
                        "--mode",
                        "strict",
                        "--output-format",
                        "ion",
                        "--on-error",
                        "skip",
                        "-q",
                        query);

        assertThat(fail.exit()).isEqualTo(PartiQLCli.INPUT_ERROR);
        assertThat(fail.lines()).containsExactly("2");
        assertThat(fail.err()).startsWith("bad record at line 2:").doesNotContain("Exception");
        assertThat(skip.exit()).isZero();
        assertThat(skip.lines()).containsExactly("2", "4");
    }

    @Test
    void hostileIonRecordsAreBadRecordsAndLaterRecordsAreKept() {
        String input =
                "{a: 1}\n"
                        + "[".repeat(5_000)
                        + "]".repeat(5_000)
                        + "\n{a: 2020-01-01T00:00+23:59}\n{a: 4}\n";

        Run r =
                run(
                        input,
                        "--format",
                        "ion",
                        "--on-error",
                        "report",
                        "-q",
                        "SELECT VALUE s.a FROM stream AS s");

        assertThat(r.exit()).isZero();
        assertThat(r.lines()).containsExactly("1", "4");
        assertThat(r.err())
                .contains("bad record at line 2:", "nested more than 1000")
                .contains("bad record at line 3:", "timestamp")
                .doesNotContain("Exception");
    }

    @Test
    void aRecordProducingMoreRowsThanTheLimitIsABadRecord() {
        String thousand = "[" + "1,".repeat(999) + "1]";
        String input = "{\"xs\": [1, 2]}\n{\"xs\": " + thousand + "}\n{\"xs\": [3]}\n";
        String query =
                "SELECT VALUE a FROM stream AS s, s.xs AS a, s.xs AS b, s.xs AS c, s.xs AS d";

        Run r = run(input, "--on-error", "report", "-q", query);
        Run small = run(input, "--on-error", "report", "--limit", "rows-per-record=3", "-q", query);

        assertThat(r.exit()).isZero();
        assertThat(r.lines()).hasSize(16 + 1);
        assertThat(r.err())
                .startsWith("bad record at line 2:")
                .contains("ROW_LIMIT", "more than 100000 rows", "rows-per-record=100000");
        assertThat(small.lines()).containsExactly("3");
        assertThat(small.err()).contains("line 1:", "line 2:", "more than 3 rows");
    }

    /** The CLI over {@code stdin} with {@code record-size=100}, reporting bad records. */
    private static Run runSized(byte[] stdin, String... format) {
        List<String> args = new ArrayList<>(List.of(format));
        args.addAll(
                List.of(
                        "--limit",
                        "record-size=100",
                        "--on-error",
                        "report",
                        "-q",
                        "SELECT VALUE s.id FROM stream AS s"));
        return run(stdin, args.toArray(String[]::new));
    }

    @Test
    void aRecordOverTheSizeLimitIsABadRecord() {
        String input =
                "{\"id\": 1}\n{\"id\": 2, \"s\": \"" + "x".repeat(1_000) + "\"}\n{\"id\": 3}\n";

        Run r = runSized(input.getBytes(StandardCharsets.UTF_8));

        assertThat(r.exit()).isZero();
        assertThat(r.lines()).containsExactly("1", "3");
        assertThat(r.err())
                .startsWith("bad record at line 2: LIMIT_EXCEEDED:")
                .contains("record-size=100");
    }

    @Test
    void anIonBinaryValueOverTheSizeLimitIsABadRecord() throws Exception {
        java.io.ByteArrayOutputStream stream = new java.io.ByteArrayOutputStream();
        for (String json :
                new String[] {
                    "{\"id\": 1}", "{\"id\": 2, \"s\": \"" + "x".repeat(200) + "\"}", "{\"id\": 3}"
                }) {
            stream.write(IonValueWriter.standard().toBinary(JsonValueReader.standard().read(json)));
        }

        Run r = runSized(stream.toByteArray(), "--format", "ion");

        assertThat(r.exit()).isZero();
        assertThat(r.lines()).containsExactly("1", "3");
        assertThat(r.err())
                .isEqualTo(
                        "bad record at line 2: LIMIT_EXCEEDED: Limit exceeded: the Ion value is"
                                + " longer than a record may be (limit record-size=100)\n");
    }

    @Test
    void anUnknownLimitIsAUsageError() {
        Run r = run("", "--limit", "speed=3", "-q", "1");

        assertThat(r.exit()).isEqualTo(PartiQLCli.USAGE_ERROR);
        assertThat(r.err()).contains("speed");
    }

    @Test
    void invalidUtf8IsABadRecordAndAByteOrderMarkIsSkipped() {
        byte[] input =
                "\uFEFF{\"s\": \"a\"}\n{\"s\": \"b?\"}\n{\"s\": \"c\"}\n"
                        .getBytes(StandardCharsets.UTF_8);
        input[input.length - 16] = (byte) 0xFE;

        Run r = run(input, "--on-error", "report", "-q", "SELECT VALUE s.s FROM stream AS s");

        assertThat(r.exit()).isZero();
        assertThat(r.lines()).containsExactly("\"a\"", "\"c\"");
        assertThat(r.out()).doesNotContain("\uFFFD");
        assertThat(r.err()).startsWith("bad record at line 2:");
    }

    @Test
    void aDirectoryAsInputIsOneLineAndExitTwo() {
        Run r = run("", "--input", dir.toString(), "-q", UNNEST);

        assertThat(r.exit()).isEqualTo(PartiQLCli.INPUT_ERROR);
        assertThat(r.err().strip()).doesNotContain("\n").contains("is a directory");
    }

    @Test
    void anInternalFailureExitsWithSeventyInOneLineAndTheTraceOnlyWhenVerbose() {
        String[] args = {"-q", "SELECT VALUE s FROM stream AS s"};

        Run quiet = run(failingInput(), args);
        Run verbose = run(failingInput(), "--verbose", args[0], args[1]);

        assertThat(quiet.exit()).isEqualTo(PartiQLCli.INTERNAL_ERROR);
        assertThat(quiet.err().strip())
                .startsWith("internal error: java.lang.IllegalStateException: broken stream")
                .doesNotContain("\n");
        assertThat(verbose.exit()).isEqualTo(PartiQLCli.INTERNAL_ERROR);
        assertThat(verbose.err()).contains("\tat ");
    }

    /** An input stream that fails in a way the CLI cannot expect. */
    private static InputStream failingInput() {
        return new InputStream() {
            @Override
            public int read() {
                throw new IllegalStateException("broken stream");
            }

            @Override
            public int read(byte[] b, int off, int len) {
                throw new IllegalStateException("broken stream");
            }
        };
    }
}
