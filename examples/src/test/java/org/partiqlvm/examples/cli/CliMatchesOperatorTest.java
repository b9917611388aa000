package org.partiqlvm.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.apache.flink.streaming.util.OneInputStreamOperatorTestHarness;
import org.apache.flink.streaming.util.ProcessFunctionTestHarnesses;
import org.junit.jupiter.api.Test;
import org.partiqlvm.engine.CompileOptions;
import org.partiqlvm.engine.CompiledPlan;
import org.partiqlvm.engine.PlanCompiler;
import org.partiqlvm.engine.UdfRegistry;
import org.partiqlvm.engine.runtime.Limits;
import org.partiqlvm.flink.DeadLetter;
import org.partiqlvm.flink.PartiQLProcessFunction;
import org.partiqlvm.flink.QuerySettings;
import org.partiqlvm.flink.codec.InputCodec;
import org.partiqlvm.flink.codec.JsonBytesInputCodec;
import org.partiqlvm.flink.codec.JsonStringInputCodec;
import org.partiqlvm.flink.codec.JsonStringOutputCodec;
import org.partiqlvm.flink.error.BadRecordPolicy;

/**
 * The CLI and the DataStream operator, given the same records (one per line for the CLI, one per
 * message for the operator) and the same limits, print the same rows and reject the same records
 * for the same reasons: they share one runner, one reader and one set of limits.
 */
class CliMatchesOperatorTest {

    static final String STATEMENT = "SELECT o.id, l.qty FROM stream AS o, o.lines AS l";

    static final List<String> RECORDS =
            List.of(
                    "{\"id\": 1, \"lines\": [{\"qty\": 2}]}",
                    "{\"id\": 2, \"lines\": [{\"qty\": 4}]}}",
                    "{\"id\": 3, \"lines\": [{\"qty\": 1}]} {\"id\": 4, \"lines\": []}",
                    "[1, 2",
                    "{\"id\": 5, \"lines\": [{\"qty\": 5}]}   ",
                    "not json",
                    "{\"id\": 6, \"lines\": [{\"qty\": 1}, {\"qty\": 2}, {\"qty\": 3}]}",
                    "\"a string\"",
                    "{\"id\": 7, \"lines\": [{\"qty\": \"" + "x".repeat(300) + "\"}]}",
                    "{\"id\": 8, \"lines\": [{\"qty\": 8}]}",
                    // 150 chars but 270 UTF-8 bytes: over record-size=200 as text and as bytes
                    "{\"id\": 9, \"lines\": [{\"qty\": \"" + "\u00e9".repeat(120) + "\"}]}");

    static final String[] LIMITS = {"rows-per-record=2", "record-size=200"};

    /** Rows as printed, and each bad record as "record-index:REASON". */
    record Outcome(List<String> rows, List<String> bad) {}

    static Outcome cli() {
        List<String> args = new ArrayList<>(List.of("--on-error", "report", "-q", STATEMENT));
        for (String limit : LIMITS) {
            args.add("--limit");
            args.add(limit);
        }
        PartiQLCliTest.Run r =
                PartiQLCliTest.run(String.join("\n", RECORDS) + "\n", args.toArray(String[]::new));
        assertThat(r.exit()).isZero();
        List<String> bad = new ArrayList<>();
        for (String line : r.err().split("\n")) {
            // bad record at line N: REASON: message
            String[] parts = line.split(": ", 3);
            int lineNo = Integer.parseInt(parts[0].substring("bad record at line ".length()));
            bad.add((lineNo - 1) + ":" + parts[1]);
        }
        return new Outcome(r.lines(), bad);
    }

    static <IN> Outcome operator(InputCodec<IN> codec, Function<String, IN> message)
            throws Exception {
        CompiledPlan plan = PlanCompiler.compile(STATEMENT, CompileOptions.forStream("stream"));
        PartiQLProcessFunction<IN, String> function =
                new PartiQLProcessFunction<>(
                        plan,
                        codec,
                        new JsonStringOutputCodec(),
                        QuerySettings.defaults(plan.source(), BadRecordPolicy.DEAD_LETTER)
                                .withLimits(Limits.of(LIMITS)),
                        UdfRegistry.empty());
        try (OneInputStreamOperatorTestHarness<IN, String> harness =
                ProcessFunctionTestHarnesses.forProcessFunction(function)) {
            for (String record : RECORDS) {
                harness.processElement(message.apply(record), 0);
            }
            List<String> bad = new ArrayList<>();
            for (var letter : harness.getSideOutput(PartiQLProcessFunction.DEAD_LETTERS)) {
                DeadLetter d = letter.getValue();
                bad.add(RECORDS.indexOf(d.record) + ":" + d.errorType);
            }
            return new Outcome(harness.extractOutputValues(), bad);
        }
    }

    @Test
    void sameRowsAndSameBadRecordsForTextAndByteMessages() throws Exception {
        Outcome cli = cli();
        assertThat(cli.rows())
                .containsExactly(
                        "{\"id\":1,\"qty\":2}",
                        "{\"id\":5,\"qty\":5}",
                        "{}", // the string record: its MISSING lines unnest to one row
                        "{\"id\":8,\"qty\":8}");
        assertThat(cli.bad())
                .containsExactly(
                        "1:MALFORMED_RECORD",
                        "2:MALFORMED_RECORD",
                        "3:MALFORMED_RECORD",
                        "5:MALFORMED_RECORD",
                        "6:ROW_LIMIT",
                        "8:LIMIT_EXCEEDED",
                        "10:LIMIT_EXCEEDED");
        assertThat(operator(new JsonStringInputCodec(), s -> s)).isEqualTo(cli);
        assertThat(operator(new JsonBytesInputCodec(), s -> s.getBytes(StandardCharsets.UTF_8)))
                .isEqualTo(cli);
    }
}
