package org.partiqlvm.engine.fn;

import java.io.Serializable;
import org.partiqlvm.value.ValueKind;

/**
 * An immutable set of {@link ValueKind}s that a function parameter accepts, with the wording used
 * in type-mismatch messages ({@code "STRING or SYMBOL"}).
 *
 * <p>A bit mask over the kinds' ordinals, so a membership test is a shift and an AND. MISSING and
 * NULL are never members: unknowns are handled by the {@link NullPolicy}.
 */
public final class KindSet implements Serializable {

    private static final long serialVersionUID = 1L;

    /** Any known value. */
    public static final KindSet ANY = new KindSet(allKnown(), "any value");

    /** STRING or SYMBOL. */
    public static final KindSet TEXT = of("STRING or SYMBOL", ValueKind.STRING, ValueKind.SYMBOL);

    /** INT. */
    public static final KindSet INT = of("INT", ValueKind.INT);

    /** INT, DECIMAL or FLOAT. */
    public static final KindSet NUMBER =
            of("a number", ValueKind.INT, ValueKind.DECIMAL, ValueKind.FLOAT);

    /** BOOL. */
    public static final KindSet BOOL = of("BOOL", ValueKind.BOOL);

    /** LIST, BAG or SEXP. */
    public static final KindSet COLLECTION =
            of("a collection", ValueKind.LIST, ValueKind.BAG, ValueKind.SEXP);

    /** STRUCT. */
    public static final KindSet STRUCT = of("STRUCT", ValueKind.STRUCT);

    /** LIST, BAG, SEXP or STRUCT. */
    public static final KindSet CONTAINER =
            of(
                    "a collection or STRUCT",
                    ValueKind.LIST,
                    ValueKind.BAG,
                    ValueKind.SEXP,
                    ValueKind.STRUCT);

    /** DATE, TIME or TIMESTAMP. */
    public static final KindSet DATETIME =
            of("DATE, TIME or TIMESTAMP", ValueKind.DATE, ValueKind.TIME, ValueKind.TIMESTAMP);

    /** INTERVAL YEAR TO MONTH or INTERVAL DAY TO SECOND. */
    public static final KindSet INTERVAL =
            of("an interval", ValueKind.INTERVAL_YEAR_MONTH, ValueKind.INTERVAL_DAY_TIME);

    /** A number or an interval. */
    public static final KindSet NUMBER_OR_INTERVAL =
            of(
                    "a number or interval",
                    ValueKind.INT,
                    ValueKind.DECIMAL,
                    ValueKind.FLOAT,
                    ValueKind.INTERVAL_YEAR_MONTH,
                    ValueKind.INTERVAL_DAY_TIME);

    /** A number, a datetime or an interval: what {@code +} and {@code -} accept. */
    public static final KindSet NUMBER_DATETIME_OR_INTERVAL =
            of(
                    "a number, datetime or interval",
                    ValueKind.INT,
                    ValueKind.DECIMAL,
                    ValueKind.FLOAT,
                    ValueKind.DATE,
                    ValueKind.TIME,
                    ValueKind.TIMESTAMP,
                    ValueKind.INTERVAL_YEAR_MONTH,
                    ValueKind.INTERVAL_DAY_TIME);

    /** STRING, SYMBOL, BLOB or CLOB. */
    public static final KindSet TEXT_OR_LOB =
            of(
                    "STRING, SYMBOL, BLOB or CLOB",
                    ValueKind.STRING,
                    ValueKind.SYMBOL,
                    ValueKind.BLOB,
                    ValueKind.CLOB);

    private final long mask;
    private final String description;

    private KindSet(long mask, String description) {
        this.mask = mask;
        this.description = description;
    }

    /** The set of {@code kinds}, described as {@code description} in messages. */
    public static KindSet of(String description, ValueKind... kinds) {
        long m = 0;
        for (ValueKind k : kinds) {
            if (k.isUnknown()) {
                throw new IllegalArgumentException(k + " cannot be a parameter kind");
            }
            m |= 1L << k.ordinal();
        }
        return new KindSet(m, description);
    }

    /** This set plus {@code other}'s kinds, described as {@code description}. */
    public KindSet union(KindSet other, String description) {
        return new KindSet(mask | other.mask, description);
    }

    /** True when {@code kind} is a member (never for MISSING or NULL). */
    public boolean contains(ValueKind kind) {
        return (mask & (1L << kind.ordinal())) != 0;
    }

    /** The wording for messages, e.g. {@code "STRING or SYMBOL"}. */
    public String description() {
        return description;
    }

    private static long allKnown() {
        long m = 0;
        for (ValueKind k : ValueKind.values()) {
            if (!k.isUnknown()) {
                m |= 1L << k.ordinal();
            }
        }
        return m;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof KindSet k && k.mask == mask;
    }

    @Override
    public int hashCode() {
        return Long.hashCode(mask);
    }

    @Override
    public String toString() {
        return description;
    }
}
