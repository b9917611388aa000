package org.partiqlvm.flink.table;

import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.apache.flink.annotation.PublicEvolving;
import org.apache.flink.configuration.ConfigOption;
import org.apache.flink.configuration.ConfigOptions;
import org.apache.flink.configuration.Configuration;
import org.apache.flink.configuration.ReadableConfig;
import org.apache.flink.table.api.ValidationException;
import org.partiqlvm.engine.runtime.EvalMode;
import org.partiqlvm.engine.runtime.Limits;
import org.partiqlvm.flink.error.BadRecordPolicy;

/**
 * Every option of the SQL functions and of the {@code partiql-json} format, in one place. The
 * format takes them with its prefix ({@code 'partiql-json.on-error' = 'skip'}); the functions take
 * them as their optional third argument, either a {@code MAP['on-error', 'fail']} or a string
 * {@code 'on-error=fail, mode=strict'}.
 */
@PublicEvolving
public final class PartiQLOptions {

    private PartiQLOptions() {}

    /** The statement (format only; the functions take it as their first argument). */
    public static final ConfigOption<String> QUERY =
            ConfigOptions.key("query")
                    .stringType()
                    .noDefaultValue()
                    .withDescription(
                            "The PartiQL statement run on every message; the message is bound"
                                    + " as 'stream' (see stream-name).");

    /** {@code permissive} (the default) or {@code strict}. */
    public static final ConfigOption<String> MODE =
            ConfigOptions.key("mode")
                    .stringType()
                    .defaultValue("permissive")
                    .withDescription(
                            "'permissive': a failed operation is MISSING; 'strict': it makes"
                                    + " the record bad (see on-error).");

    /** {@code fail}, {@code skip} or {@code dead-letter}. */
    public static final ConfigOption<String> ON_ERROR =
            ConfigOptions.key("on-error")
                    .stringType()
                    .noDefaultValue()
                    .withDescription(
                            "What a bad record does: 'fail' the job, 'skip' it (counted in"
                                    + " partiql.recordsSkipped) or 'dead-letter' (written to"
                                    + " dead-letter.path). Default: 'fail' for the format,"
                                    + " 'skip' for the functions.");

    /** Where dead letters go: a directory on any Flink file system. */
    public static final ConfigOption<String> DEAD_LETTER_PATH =
            ConfigOptions.key("dead-letter.path")
                    .stringType()
                    .noDefaultValue()
                    .withDescription(
                            "A directory (any Flink file system URI) where each subtask writes"
                                    + " its dead letters as JSON lines; required with"
                                    + " on-error = 'dead-letter'.");

    /** {@link Limits#ROWS_PER_RECORD}: the most rows one record may produce. */
    public static final ConfigOption<String> ROWS_PER_RECORD =
            limit(
                    Limits.ROWS_PER_RECORD,
                    "The most rows one record may produce; more make it bad.");

    /** {@link Limits#WORK_PER_RECORD}: the evaluation steps one record may take. */
    public static final ConfigOption<String> WORK_PER_RECORD =
            limit(Limits.WORK_PER_RECORD, "The evaluation steps one record may take.");

    /** {@link Limits#VALUE_SIZE}: the size of one value a statement builds. */
    public static final ConfigOption<String> VALUE_SIZE =
            limit(Limits.VALUE_SIZE, "The size of one value a statement builds (e.g. 1MB).");

    /** {@link Limits#RECORD_SIZE}: the size of one input record. */
    public static final ConfigOption<String> RECORD_SIZE =
            limit(Limits.RECORD_SIZE, "The size of one input record (e.g. 64MB).");

    /** {@link Limits#ARENA_SIZE}: the VM's arena, what one row's computed strings may take. */
    public static final ConfigOption<String> ARENA_SIZE =
            limit(Limits.ARENA_SIZE, "What one row's computed strings may take (e.g. 64MB).");

    private static ConfigOption<String> limit(String name, String description) {
        return ConfigOptions.key(name)
                .stringType()
                .defaultValue(String.valueOf(Limits.DEFAULTS.get(name)))
                .withDescription(description + " A limit of PartiQLVM (see Limits).");
    }

    /** The query's id in dead letters, errors and metrics. */
    public static final ConfigOption<String> QUERY_ID =
            ConfigOptions.key("query-id")
                    .stringType()
                    .noDefaultValue()
                    .withDescription(
                            "Names the query in dead letters and errors (default: q- and a hash"
                                    + " of the statement).");

    /** The name the statement reads each record by. */
    public static final ConfigOption<String> STREAM_NAME =
            ConfigOptions.key("stream-name")
                    .stringType()
                    .defaultValue("stream")
                    .withDescription("The name the statement reads each record by.");

    /** How columns of unknown type are typed: {@code variant} or {@code json}. */
    public static final ConfigOption<String> UNTYPED =
            ConfigOptions.key("untyped")
                    .stringType()
                    .defaultValue("variant")
                    .withDescription(
                            "The SQL type of a column whose type only the data decides:"
                                    + " 'variant' (VARIANT, where Flink has it, else STRING of"
                                    + " JSON text) or 'json' (STRING of JSON text).");

    /** The options the format accepts, beside the required {@link #QUERY}. */
    public static Set<ConfigOption<?>> optionalFormatOptions() {
        Set<ConfigOption<?>> options = new LinkedHashSet<>();
        options.add(MODE);
        options.add(ON_ERROR);
        options.add(DEAD_LETTER_PATH);
        options.add(ROWS_PER_RECORD);
        options.add(WORK_PER_RECORD);
        options.add(VALUE_SIZE);
        options.add(RECORD_SIZE);
        options.add(ARENA_SIZE);
        options.add(QUERY_ID);
        options.add(STREAM_NAME);
        options.add(UNTYPED);
        return options;
    }

    /**
     * Parses the functions' options string: {@code key=value} pairs separated by commas, blanks
     * around keys and values ignored.
     *
     * @throws ValidationException for a pair without '=' or an unknown key
     */
    public static Configuration parse(String text) {
        Map<String, String> pairs = new HashMap<>();
        for (String pair : text.split(",")) {
            if (pair.isBlank()) {
                continue;
            }
            int eq = pair.indexOf('=');
            if (eq < 0) {
                throw new ValidationException(
                        "PartiQL option '" + pair.trim() + "' is not of the form key=value");
            }
            pairs.put(pair.substring(0, eq).trim(), pair.substring(eq + 1).trim());
        }
        return fromMap(pairs);
    }

    /**
     * The functions' options from a map.
     *
     * @throws ValidationException for an unknown key
     */
    public static Configuration fromMap(Map<String, String> pairs) {
        Set<String> known = new LinkedHashSet<>();
        for (ConfigOption<?> option : optionalFormatOptions()) {
            known.add(option.key());
        }
        for (String key : pairs.keySet()) {
            if (!known.contains(key)) {
                throw new ValidationException(
                        "unknown PartiQL option '" + key + "'; the options are " + known);
            }
        }
        return Configuration.fromMap(pairs);
    }

    /** {@link #MODE} as an {@link EvalMode}. */
    static EvalMode mode(ReadableConfig config) {
        String mode = config.get(MODE).trim().toLowerCase(Locale.ROOT);
        switch (mode) {
            case "permissive":
                return EvalMode.COERCE;
            case "strict":
                return EvalMode.ERROR;
            default:
                throw new ValidationException(
                        "PartiQL option 'mode' is '" + mode + "'; use 'permissive' or 'strict'");
        }
    }

    /** {@link #ON_ERROR} as a policy, {@code fallback} when not set. */
    static BadRecordPolicy onError(ReadableConfig config, BadRecordPolicy fallback) {
        String value = config.getOptional(ON_ERROR).orElse(null);
        if (value == null) {
            return fallback;
        }
        BadRecordPolicy policy;
        switch (value.trim().toLowerCase(Locale.ROOT)) {
            case "fail":
                policy = BadRecordPolicy.FAIL;
                break;
            case "skip":
                policy = BadRecordPolicy.SKIP;
                break;
            case "dead-letter":
                policy = BadRecordPolicy.DEAD_LETTER;
                break;
            default:
                throw new ValidationException(
                        "PartiQL option 'on-error' is '"
                                + value
                                + "'; use 'fail', 'skip' or 'dead-letter'");
        }
        if (policy == BadRecordPolicy.DEAD_LETTER
                && config.getOptional(DEAD_LETTER_PATH).isEmpty()) {
            throw new ValidationException(
                    "PartiQL option on-error = 'dead-letter' needs 'dead-letter.path'");
        }
        return policy;
    }

    /**
     * The {@link Limits} the options set (the defaults for the others).
     *
     * @throws ValidationException for a value out of a limit's range
     */
    static Limits limits(ReadableConfig config) {
        Limits limits = Limits.DEFAULTS;
        for (ConfigOption<String> option :
                List.of(ROWS_PER_RECORD, WORK_PER_RECORD, VALUE_SIZE, RECORD_SIZE, ARENA_SIZE)) {
            String value = config.getOptional(option).orElse(null);
            if (value != null) {
                try {
                    limits = limits.parse(option.key() + "=" + value);
                } catch (IllegalArgumentException e) {
                    throw new ValidationException("PartiQL option: " + e.getMessage(), e);
                }
            }
        }
        return limits;
    }

    /** {@link #UNTYPED}: true for JSON text, false for VARIANT. */
    static boolean untypedAsJson(ReadableConfig config) {
        String value = config.get(UNTYPED).trim().toLowerCase(Locale.ROOT);
        switch (value) {
            case "json":
                return true;
            case "variant":
                return false;
            default:
                throw new ValidationException(
                        "PartiQL option 'untyped' is '" + value + "'; use 'variant' or 'json'");
        }
    }
}
