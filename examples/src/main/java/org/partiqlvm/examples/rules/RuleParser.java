package org.partiqlvm.examples.rules;

import org.apache.flink.api.common.functions.FlatMapFunction;
import org.apache.flink.util.Collector;
import org.partiqlvm.flink.dynamic.QueryUpdate;
import org.partiqlvm.value.BoolValue;
import org.partiqlvm.value.Value;
import org.partiqlvm.value.ValueDecodeException;
import org.partiqlvm.value.json.JsonValueReader;

/**
 * Reads one rule line, {@code {"queryId": ..., "operation": "ADD"|"REPLACE"|"REMOVE", "statement":
 * ..., "strict": false}}, as a {@link QueryUpdate}. A line that is not such an object is reported
 * on stderr and dropped (blank lines and {@code #} comments silently).
 */
public final class RuleParser implements FlatMapFunction<String, QueryUpdate> {

    private static final long serialVersionUID = 1L;

    @Override
    public void flatMap(String line, Collector<QueryUpdate> out) {
        QueryUpdate update = parse(line);
        if (update != null) {
            out.collect(update);
        }
    }

    /** The update on {@code line}, or null for a blank, comment or malformed line. */
    public static QueryUpdate parse(String line) {
        String text = line.trim();
        if (text.isEmpty() || text.startsWith("#")) {
            return null;
        }
        try {
            Value rule = JsonValueReader.standard().read(text);
            QueryUpdate.Operation op =
                    QueryUpdate.Operation.valueOf(rule.get("operation", true).asString());
            Value statement = rule.get("statement", true);
            Value strict = rule.get("strict", true);
            return new QueryUpdate(
                    rule.get("queryId", true).asString(),
                    statement.kind().isText() ? statement.asString() : null,
                    op,
                    strict instanceof BoolValue b && b.booleanValue());
        } catch (ValueDecodeException | IllegalArgumentException | IllegalStateException e) {
            System.err.println("ignoring malformed rule line: " + text + " (" + e + ")");
            return null;
        }
    }
}
