package org.partiqlvm.flink.table;

import java.io.Serializable;
import java.util.Objects;
import org.apache.flink.configuration.ReadableConfig;
import org.apache.flink.table.api.ValidationException;
import org.partiqlvm.engine.CompileOptions;
import org.partiqlvm.engine.CompiledPlan;
import org.partiqlvm.engine.PlanCompiler;
import org.partiqlvm.error.PartiQLException;
import org.partiqlvm.flink.QuerySettings;
import org.partiqlvm.flink.error.BadRecordPolicy;

/**
 * A statement compiled for Flink SQL with its {@link PartiQLOptions}: the plan, the runner's
 * settings, where dead letters go and how untyped columns are typed. Built at planning time and
 * shipped to the task managers with the function or the format's decoder.
 *
 * @param plan the compiled statement
 * @param settings the query id, bad-record policy and limits
 * @param deadLetterPath the dead-letter directory, or null
 * @param untypedAsJson whether columns of unknown type are STRING of JSON text (else VARIANT)
 */
record SqlStatement(
        CompiledPlan plan, QuerySettings settings, String deadLetterPath, boolean untypedAsJson)
        implements Serializable {

    SqlStatement {
        Objects.requireNonNull(plan, "plan");
        Objects.requireNonNull(settings, "settings");
    }

    /**
     * Compiles {@code text} under {@code options}.
     *
     * @param defaultPolicy the policy when {@link PartiQLOptions#ON_ERROR} is not set
     * @throws ValidationException for a bad statement (its PartiQL message: kind, line:column, the
     *     offending line and a caret) or a bad option
     */
    static SqlStatement compile(
            String text, ReadableConfig options, BadRecordPolicy defaultPolicy) {
        CompileOptions compileOptions =
                CompileOptions.forStream(options.get(PartiQLOptions.STREAM_NAME))
                        .withMode(PartiQLOptions.mode(options));
        CompiledPlan plan = compile(text, compileOptions);
        BadRecordPolicy policy = PartiQLOptions.onError(options, defaultPolicy);
        String id =
                options.getOptional(PartiQLOptions.QUERY_ID)
                        .orElse(QuerySettings.defaultQueryId(text));
        return new SqlStatement(
                plan,
                new QuerySettings(id, policy, PartiQLOptions.limits(options)),
                options.getOptional(PartiQLOptions.DEAD_LETTER_PATH).orElse(null),
                PartiQLOptions.untypedAsJson(options));
    }

    /** Compiles, turning PartiQL's errors into Flink's. */
    static CompiledPlan compile(String text, CompileOptions options) {
        try {
            return PlanCompiler.compile(text, options);
        } catch (PartiQLException e) {
            throw new ValidationException("Invalid PartiQL statement: " + e.getMessage(), e);
        }
    }

    /** The same statement with other settings. */
    SqlStatement withSettings(QuerySettings other) {
        return new SqlStatement(plan, other, deadLetterPath, untypedAsJson);
    }

    /** The same statement with another (equivalent, narrower) plan. */
    SqlStatement withPlan(CompiledPlan narrower) {
        return new SqlStatement(narrower, settings, deadLetterPath, untypedAsJson);
    }
}
