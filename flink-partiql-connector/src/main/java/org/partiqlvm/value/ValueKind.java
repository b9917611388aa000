package org.partiqlvm.value;

/**
 * The runtime kind of a {@link Value}: one constant per value class family of the PartiQL data
 * model (and of Ion, which PartiQL extends).
 *
 * <p>A kind is not a full SQL type: exact integers of any width are all {@link #INT} (the SQL width
 * SMALLINT/INT/BIGINT is a static type attribute the planner and casts check, not something a value
 * carries), and TIME/TIMESTAMP with and without a time zone share one kind each (see {@link
 * TimeValue#hasTimeZone()}). {@link #toString()} returns {@link #displayName()}, the name used in
 * error messages ({@code "INT"}, {@code "STRING"}, {@code "INTERVAL YEAR TO MONTH"}, ...).
 */
public enum ValueKind {
    /** The absent value of PartiQL; distinct from NULL everywhere. */
    MISSING("MISSING"),
    /** SQL NULL; an Ion typed null ({@code null.int}) is a NULL remembering its declared kind. */
    NULL("NULL"),
    BOOL("BOOL"),
    /**
     * An exact integer of any size ({@link IntValue}, or {@link BigIntegerValue} beyond 64 bits).
     */
    INT("INT"),
    /** An exact decimal number ({@link java.math.BigDecimal}, keeping its scale). */
    DECIMAL("DECIMAL"),
    /** A 64-bit IEEE-754 binary floating point number (REAL and DOUBLE PRECISION; Ion float). */
    FLOAT("FLOAT"),
    STRING("STRING"),
    /** An Ion symbol: text that compares and groups like a STRING. */
    SYMBOL("SYMBOL"),
    BLOB("BLOB"),
    CLOB("CLOB"),
    DATE("DATE"),
    /** TIME [WITH TIME ZONE] with a fractional-seconds precision. */
    TIME("TIME"),
    /** TIMESTAMP [WITH TIME ZONE] with a fractional-seconds precision. */
    TIMESTAMP("TIMESTAMP"),
    INTERVAL_YEAR_MONTH("INTERVAL YEAR TO MONTH"),
    INTERVAL_DAY_TIME("INTERVAL DAY TO SECOND"),
    LIST("LIST"),
    BAG("BAG"),
    /** An Ion s-expression: an ordered collection like LIST, but a kind of its own. */
    SEXP("SEXP"),
    /** An ordered sequence of (name, value) fields; names may repeat. */
    STRUCT("STRUCT");

    private final String displayName;

    ValueKind(String displayName) {
        this.displayName = displayName;
    }

    /** The name used in error messages, e.g. {@code "INT"} or {@code "INTERVAL DAY TO SECOND"}. */
    public String displayName() {
        return displayName;
    }

    /** True for MISSING and NULL, the two absent values. */
    public boolean isUnknown() {
        return this == MISSING || this == NULL;
    }

    /** True for INT, DECIMAL and FLOAT. */
    public boolean isNumber() {
        return this == INT || this == DECIMAL || this == FLOAT;
    }

    /** True for STRING and SYMBOL. */
    public boolean isText() {
        return this == STRING || this == SYMBOL;
    }

    /** True for BLOB and CLOB. */
    public boolean isLob() {
        return this == BLOB || this == CLOB;
    }

    /** True for DATE, TIME and TIMESTAMP. */
    public boolean isDateTime() {
        return this == DATE || this == TIME || this == TIMESTAMP;
    }

    /** True for the two interval kinds. */
    public boolean isInterval() {
        return this == INTERVAL_YEAR_MONTH || this == INTERVAL_DAY_TIME;
    }

    /** True for LIST, BAG and SEXP. */
    public boolean isCollection() {
        return this == LIST || this == BAG || this == SEXP;
    }

    /** True for the ordered collections LIST and SEXP. */
    public boolean isSequence() {
        return this == LIST || this == SEXP;
    }

    /** True for LIST, BAG, SEXP and STRUCT. */
    public boolean isContainer() {
        return isCollection() || this == STRUCT;
    }

    @Override
    public String toString() {
        return displayName;
    }
}
