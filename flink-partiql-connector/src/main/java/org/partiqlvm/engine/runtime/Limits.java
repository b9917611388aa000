package org.partiqlvm.engine.runtime;

import java.io.Serializable;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * Every resource limit of PartiQLVM in one place: what one record and one statement may cost. Each
 * limit has a name (for {@code --limit name=value} on the command line, options of the SQL
 * functions and {@code PartiQLStream.limits}), a safe default, and a typed error: a record that
 * passes a limit becomes one bad record whose {@link LimitExceededException} names the limit, never
 * a crashed job.
 *
 * <table>
 *   <caption>The limits</caption>
 *   <tr><th>name</th><th>default</th><th>what it bounds</th><th>when exceeded</th></tr>
 *   <tr><td>{@code rows-per-record}</td><td>100,000</td><td>rows one record may produce</td>
 *       <td>bad record {@code ROW_LIMIT}</td></tr>
 *   <tr><td>{@code work-per-record}</td><td>100,000,000</td><td>evaluation steps for one record:
 *       each row a scan or unpivot visits counts one (so joins, unnests and subqueries count the
 *       combinations they walk)</td><td>bad record {@code LIMIT_EXCEEDED}</td></tr>
 *   <tr><td>{@code value-size}</td><td>16 MB</td><td>the size of one value a statement builds
 *       (a string, a cast's text, a padded CHAR, a collection's element count), in bytes</td>
 *       <td>bad record {@code LIMIT_EXCEEDED} (in both modes)</td></tr>
 *   <tr><td>{@code record-size}</td><td>64 MB</td><td>the size of one input record, in bytes
 *       (UTF-8 for text)</td><td>bad record {@code LIMIT_EXCEEDED}</td></tr>
 *   <tr><td>{@code arena-size}</td><td>64 MB</td><td>the VM's arena: the characters of the
 *       strings computed for one row (and of the rows a join holds while it walks the others), in
 *       bytes (two per character)</td><td>bad record {@code LIMIT_EXCEEDED} (in both modes)</td></tr>
 *   <tr><td>{@code nesting-depth}</td><td>200</td><td>how deeply a statement may nest
 *       (parentheses, subqueries, calls); every recursive compile pass relies on it. Fixed: what
 *       the parser's recursion fits in a small thread stack.</td><td>syntax error when the statement is compiled (a dynamic rule is rejected)
 *       </td></tr>
 * </table>
 *
 * <p>The same table, with what else is bounded without a setting, is in {@code
 * docs/robustness-limits.md}.
 *
 * <p>Instances are immutable and serializable; {@link #with(String, long)} and the {@code with…}
 * methods return changed copies, {@link #parse(String)} reads {@code name=value} text (sizes may
 * end in {@code KB}, {@code MB} or {@code GB}, multiples of 1024; digits may be grouped with {@code
 * _}).
 *
 * <pre>{@code
 * Limits limits = Limits.DEFAULTS.withRowsPerRecord(1_000).parse("value-size=1MB");
 * }</pre>
 */
public final class Limits implements Serializable {

    private static final long serialVersionUID = 2L;

    /** The name of {@link #rowsPerRecord()}. */
    public static final String ROWS_PER_RECORD = "rows-per-record";

    /** The name of {@link #workPerRecord()}. */
    public static final String WORK_PER_RECORD = "work-per-record";

    /** The name of {@link #valueSize()}. */
    public static final String VALUE_SIZE = "value-size";

    /** The name of {@link #recordSize()}. */
    public static final String RECORD_SIZE = "record-size";

    /** The name of {@link #arenaSize()}. */
    public static final String ARENA_SIZE = "arena-size";

    /** The name of {@link #nestingDepth()}. */
    public static final String NESTING_DEPTH = "nesting-depth";

    /** Every limit's name, in the order of the table above. */
    public static final List<String> NAMES =
            List.of(
                    ROWS_PER_RECORD,
                    WORK_PER_RECORD,
                    VALUE_SIZE,
                    RECORD_SIZE,
                    ARENA_SIZE,
                    NESTING_DEPTH);

    /** The default of {@link #rowsPerRecord()}. */
    public static final int DEFAULT_ROWS_PER_RECORD = 100_000;

    /** The default of {@link #workPerRecord()}. */
    public static final long DEFAULT_WORK_PER_RECORD = 100_000_000L;

    /** The default of {@link #valueSize()}: 16 MB. */
    public static final int DEFAULT_VALUE_SIZE = 16 * 1024 * 1024;

    /** The default of {@link #recordSize()}: 64 MB. */
    public static final int DEFAULT_RECORD_SIZE = 64 * 1024 * 1024;

    /** The default of {@link #arenaSize()}: 64 MB. */
    public static final int DEFAULT_ARENA_SIZE = 64 * 1024 * 1024;

    /**
     * The {@link #nestingDepth()}: what the parser's recursion fits in a small thread stack (the
     * parser's own limit).
     */
    public static final int MAX_NESTING_DEPTH = 200;

    /** Every limit at its default. */
    public static final Limits DEFAULTS =
            new Limits(
                    DEFAULT_ROWS_PER_RECORD,
                    DEFAULT_WORK_PER_RECORD,
                    DEFAULT_VALUE_SIZE,
                    DEFAULT_RECORD_SIZE,
                    DEFAULT_ARENA_SIZE,
                    MAX_NESTING_DEPTH);

    private final int rowsPerRecord;
    private final long workPerRecord;
    private final int valueSize;
    private final int recordSize;
    private final int arenaSize;
    private final int nestingDepth;

    private Limits(
            int rowsPerRecord,
            long workPerRecord,
            int valueSize,
            int recordSize,
            int arenaSize,
            int nestingDepth) {
        this.rowsPerRecord = rowsPerRecord;
        this.workPerRecord = workPerRecord;
        this.valueSize = valueSize;
        this.recordSize = recordSize;
        this.arenaSize = arenaSize;
        this.nestingDepth = nestingDepth;
    }

    /** The most rows one record may produce ({@code rows-per-record}). */
    public int rowsPerRecord() {
        return rowsPerRecord;
    }

    /** The evaluation steps one record may take ({@code work-per-record}). */
    public long workPerRecord() {
        return workPerRecord;
    }

    /** The largest value a statement may build, in bytes ({@code value-size}). */
    public int valueSize() {
        return valueSize;
    }

    /** The largest input record, in bytes ({@code record-size}). */
    public int recordSize() {
        return recordSize;
    }

    /** The largest the VM's arena may grow, in bytes ({@code arena-size}). */
    public int arenaSize() {
        return arenaSize;
    }

    /** How deeply a statement may nest ({@code nesting-depth}); fixed. */
    public int nestingDepth() {
        return nestingDepth;
    }

    /** The value of the limit named {@code name}. */
    public long get(String name) {
        return switch (checkName(name)) {
            case ROWS_PER_RECORD -> rowsPerRecord;
            case WORK_PER_RECORD -> workPerRecord;
            case VALUE_SIZE -> valueSize;
            case RECORD_SIZE -> recordSize;
            case ARENA_SIZE -> arenaSize;
            default -> nestingDepth;
        };
    }

    /**
     * A copy with the limit {@code name} set to {@code value}.
     *
     * @throws IllegalArgumentException for an unknown name or a value out of the limit's range
     */
    public Limits with(String name, long value) {
        return switch (checkName(name)) {
            case ROWS_PER_RECORD -> withRowsPerRecord(intValue(name, value, Integer.MAX_VALUE));
            case WORK_PER_RECORD -> withWorkPerRecord(value);
            case VALUE_SIZE -> withValueSize(intValue(name, value, Integer.MAX_VALUE));
            case RECORD_SIZE -> withRecordSize(intValue(name, value, Integer.MAX_VALUE));
            case ARENA_SIZE -> withArenaSize(intValue(name, value, Integer.MAX_VALUE));
            default -> {
                if (value != nestingDepth) {
                    throw new IllegalArgumentException(
                            "limit " + NESTING_DEPTH + " is fixed at " + MAX_NESTING_DEPTH);
                }
                yield this;
            }
        };
    }

    /** A copy with {@code rows-per-record} = {@code max} (at least 1). */
    public Limits withRowsPerRecord(int max) {
        return new Limits(
                (int) positive(ROWS_PER_RECORD, max),
                workPerRecord,
                valueSize,
                recordSize,
                arenaSize,
                nestingDepth);
    }

    /** A copy with {@code work-per-record} = {@code max} (at least 1). */
    public Limits withWorkPerRecord(long max) {
        return new Limits(
                rowsPerRecord,
                positive(WORK_PER_RECORD, max),
                valueSize,
                recordSize,
                arenaSize,
                nestingDepth);
    }

    /** A copy with {@code value-size} = {@code bytes} (at least 1). */
    public Limits withValueSize(int bytes) {
        return new Limits(
                rowsPerRecord,
                workPerRecord,
                (int) positive(VALUE_SIZE, bytes),
                recordSize,
                arenaSize,
                nestingDepth);
    }

    /** A copy with {@code record-size} = {@code bytes} (at least 1). */
    public Limits withRecordSize(int bytes) {
        return new Limits(
                rowsPerRecord,
                workPerRecord,
                valueSize,
                (int) positive(RECORD_SIZE, bytes),
                arenaSize,
                nestingDepth);
    }

    /**
     * A copy with {@code arena-size} = {@code bytes} (at least 1 KB: the arena's smallest start).
     */
    public Limits withArenaSize(int bytes) {
        if (bytes < MIN_ARENA_SIZE) {
            throw new IllegalArgumentException(
                    "limit "
                            + ARENA_SIZE
                            + " must be at least "
                            + MIN_ARENA_SIZE
                            + ", was "
                            + bytes);
        }
        return new Limits(rowsPerRecord, workPerRecord, valueSize, recordSize, bytes, nestingDepth);
    }

    /** The smallest {@code arena-size}: 1 KB. */
    public static final int MIN_ARENA_SIZE = 1024;

    /**
     * A copy with the limit given as {@code name=value} text, such as {@code rows-per-record=1000}
     * or {@code value-size=1MB}.
     *
     * @throws IllegalArgumentException when the text is not {@code name=value}, names no limit or
     *     holds a value out of the limit's range; the message says which
     */
    public Limits parse(String assignment) {
        Objects.requireNonNull(assignment, "assignment");
        int eq = assignment.indexOf('=');
        if (eq < 0) {
            throw new IllegalArgumentException(
                    "expected a limit as name=value, such as rows-per-record=1000, got '"
                            + assignment
                            + "'");
        }
        String name = assignment.substring(0, eq).trim().toLowerCase(Locale.ROOT);
        checkName(name);
        return with(name, parseValue(name, assignment.substring(eq + 1).trim()));
    }

    /** {@link #DEFAULTS} with each of {@code assignments} applied in turn ({@link #parse}). */
    public static Limits of(String... assignments) {
        Limits limits = DEFAULTS;
        for (String a : assignments) {
            limits = limits.parse(a);
        }
        return limits;
    }

    private static long parseValue(String name, String text) {
        String t = text.replace("_", "").toUpperCase(Locale.ROOT);
        long unit = 1;
        if (t.endsWith("KB") || t.endsWith("MB") || t.endsWith("GB")) {
            unit =
                    switch (t.charAt(t.length() - 2)) {
                        case 'K' -> 1024L;
                        case 'M' -> 1024L * 1024;
                        default -> 1024L * 1024 * 1024;
                    };
            t = t.substring(0, t.length() - 2).trim();
        }
        try {
            return Math.multiplyExact(Long.parseLong(t), unit);
        } catch (NumberFormatException | ArithmeticException e) {
            throw new IllegalArgumentException(
                    "limit " + name + " needs a whole number, got '" + text + "'");
        }
    }

    private static String checkName(String name) {
        if (!NAMES.contains(name)) {
            throw new IllegalArgumentException(
                    "unknown limit '" + name + "'; the limits are " + String.join(", ", NAMES));
        }
        return name;
    }

    private static long positive(String name, long value) {
        if (value < 1) {
            throw new IllegalArgumentException(
                    "limit " + name + " must be at least 1, was " + value);
        }
        return value;
    }

    private static int intValue(String name, long value, int max) {
        positive(name, value);
        if (value > max) {
            throw new IllegalArgumentException(
                    "limit " + name + " must be at most " + max + ", was " + value);
        }
        return (int) value;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Limits l
                && rowsPerRecord == l.rowsPerRecord
                && workPerRecord == l.workPerRecord
                && valueSize == l.valueSize
                && recordSize == l.recordSize
                && arenaSize == l.arenaSize
                && nestingDepth == l.nestingDepth;
    }

    @Override
    public int hashCode() {
        return Objects.hash(
                rowsPerRecord, workPerRecord, valueSize, recordSize, arenaSize, nestingDepth);
    }

    /** The limits as {@code name=value} pairs, comma-separated. */
    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder();
        for (String name : NAMES) {
            if (sb.length() > 0) {
                sb.append(", ");
            }
            sb.append(name).append('=').append(get(name));
        }
        return sb.toString();
    }
}
