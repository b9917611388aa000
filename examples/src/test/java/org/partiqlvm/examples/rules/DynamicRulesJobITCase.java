package org.partiqlvm.examples.rules;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.flink.api.java.tuple.Tuple2;
import org.apache.flink.runtime.testutils.MiniClusterResourceConfiguration;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;
import org.apache.flink.test.junit5.MiniClusterExtension;
import org.apache.flink.util.CloseableIterator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.partiqlvm.engine.Bindings;
import org.partiqlvm.engine.CompileOptions;
import org.partiqlvm.engine.CompiledPlan;
import org.partiqlvm.engine.PartiQLVM;
import org.partiqlvm.engine.PlanCompiler;
import org.partiqlvm.engine.ResultRow;
import org.partiqlvm.engine.ResultStream;
import org.partiqlvm.error.PartiQLException;
import org.partiqlvm.flink.dynamic.QueryUpdate;
import org.partiqlvm.value.ValueDecodeException;
import org.partiqlvm.value.json.JsonValueReader;

/** The rules example on a mini cluster: every alert is a row its rule gives for some order. */
class DynamicRulesJobITCase {

    @RegisterExtension
    static final MiniClusterExtension CLUSTER =
            new MiniClusterExtension(
                    new MiniClusterResourceConfiguration.Builder()
                            .setNumberTaskManagers(1)
                            .setNumberSlotsPerTaskManager(2)
                            .build());

    private static final Path DATA = Path.of(System.getProperty("examples.dir", "."), "data");

    @Test
    void alertsAreRowsOfTheirRulesAndABrokenRuleGivesNone() throws Exception {
        StreamExecutionEnvironment env = StreamExecutionEnvironment.getExecutionEnvironment();
        env.setParallelism(2);

        List<Tuple2<String, String>> alerts = new ArrayList<>();
        try (CloseableIterator<Tuple2<String, String>> it =
                DynamicRulesJob.build(
                                env,
                                DATA.resolve("orders.jsonl").toString(),
                                DATA.resolve("rules.jsonl").toString(),
                                false,
                                2_000)
                        .executeAndCollect("rules")) {
            it.forEachRemaining(alerts::add);
        }

        Map<String, Set<String>> possible = possibleAlerts();
        assertThat(possible).containsOnlyKeys("big-order", "vip-cancelled");
        assertThat(alerts).isNotEmpty();
        for (Tuple2<String, String> alert : alerts) {
            assertThat(possible).containsKey(alert.f0);
            assertThat(possible.get(alert.f0)).contains(alert.f1);
        }
    }

    /** For each rule id, the rows any accepted version of it gives for any order. */
    private static Map<String, Set<String>> possibleAlerts() throws Exception {
        List<String> orders =
                Files.readAllLines(DATA.resolve("orders.jsonl"), StandardCharsets.UTF_8);
        Map<String, Set<String>> rows = new HashMap<>();
        for (String line :
                Files.readAllLines(DATA.resolve("rules.jsonl"), StandardCharsets.UTF_8)) {
            QueryUpdate rule = RuleParser.parse(line);
            CompiledPlan plan;
            try {
                plan = PlanCompiler.compile(rule.statement, CompileOptions.forStream("orders"));
            } catch (PartiQLException rejected) {
                continue;
            }
            Set<String> out = rows.computeIfAbsent(rule.queryId, id -> new HashSet<>());
            PartiQLVM vm = new PartiQLVM(plan);
            Bindings in = vm.newBindings();
            for (String order : orders) {
                try {
                    in.setStreamRecord(0, JsonValueReader.standard().read(order));
                } catch (ValueDecodeException malformed) {
                    continue;
                }
                try (ResultStream result = vm.execute(in)) {
                    for (ResultRow row = result.nextRow(); row != null; row = result.nextRow()) {
                        StringWriter text = new StringWriter();
                        try (JsonGenerator g = new JsonFactory().createGenerator(text)) {
                            row.writeJson(g);
                        }
                        out.add(text.toString());
                    }
                }
            }
        }
        return rows;
    }
}
