package org.partiqlvm.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.partiqlvm.engine.Bindings;
import org.partiqlvm.engine.CompileOptions;
import org.partiqlvm.engine.CompiledPlan;
import org.partiqlvm.engine.PartiQLVM;
import org.partiqlvm.engine.PlanCompiler;
import org.partiqlvm.engine.ResultRow;
import org.partiqlvm.engine.ResultStream;
import org.partiqlvm.error.PartiQLException;
import org.partiqlvm.examples.rules.RuleParser;
import org.partiqlvm.flink.dynamic.QueryUpdate;
import org.partiqlvm.value.ValueDecodeException;
import org.partiqlvm.value.json.JsonValueReader;

/**
 * The alerts {@code DynamicRulesJob} may and must write for a rules file and an events file, by the
 * engine run directly: an alert line is {@code {"rule":ID,"row":ROW}}.
 */
final class RuleAlerts {

    private final List<String> events;

    /** Every alert any accepted version of any rule gives for any event. */
    private final Set<String> possible = new HashSet<>();

    /** Per event index, the alerts of the final version of every rule. */
    private final List<List<String>> finalRules = new ArrayList<>();

    RuleAlerts(Path rules, Path events) throws IOException {
        this.events = Files.readAllLines(events, StandardCharsets.UTF_8);
        Map<String, CompiledPlan> latest = new LinkedHashMap<>();
        for (String line : Files.readAllLines(rules, StandardCharsets.UTF_8)) {
            QueryUpdate rule = RuleParser.parse(line);
            if (rule == null || rule.statement == null) {
                continue;
            }
            CompiledPlan plan;
            try {
                plan = PlanCompiler.compile(rule.statement, CompileOptions.forStream("orders"));
            } catch (PartiQLException rejected) {
                continue;
            }
            latest.put(rule.queryId, plan);
            for (String event : this.events) {
                possible.addAll(alerts(rule.queryId, plan, event));
            }
        }
        for (String event : this.events) {
            List<String> out = new ArrayList<>();
            latest.forEach((id, plan) -> out.addAll(alerts(id, plan, event)));
            finalRules.add(out);
        }
    }

    /**
     * Asserts that {@code written} holds no alert twice, only alerts some rule gives for some
     * event, and every alert the final rules give for the events from index {@code from} on (sent
     * well after the rules were applied).
     */
    void assertExactlyOnce(List<String> written, int from) {
        Map<String, Integer> counts = new HashMap<>();
        written.forEach(a -> counts.merge(a, 1, Integer::sum));
        assertThat(counts)
                .as("alerts written more than once")
                .allSatisfy((a, n) -> assertThat(n).as(a).isEqualTo(1));
        assertThat(possible).containsAll(written);
        List<String> required = new ArrayList<>();
        for (int i = from; i < finalRules.size(); i++) {
            required.addAll(finalRules.get(i));
        }
        assertThat(required).isNotEmpty();
        assertThat(written).containsAll(required);
    }

    private static List<String> alerts(String id, CompiledPlan plan, String event) {
        List<String> out = new ArrayList<>();
        PartiQLVM vm = new PartiQLVM(plan);
        Bindings in = vm.newBindings();
        try {
            in.setStreamRecord(0, JsonValueReader.standard().read(event));
        } catch (ValueDecodeException malformed) {
            return out;
        }
        try (ResultStream result = vm.execute(in)) {
            for (ResultRow row = result.nextRow(); row != null; row = result.nextRow()) {
                StringWriter text = new StringWriter();
                try (JsonGenerator g = new JsonFactory().createGenerator(text)) {
                    g.writeStartObject();
                    g.writeStringField("rule", id);
                    g.writeFieldName("row");
                    row.writeJson(g);
                    g.writeEndObject();
                }
                out.add(text.toString());
            }
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return out;
    }
}
