package org.partiqlvm.value;

import java.io.Serializable;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneOffset;

/**
 * An immutable PartiQL value: the common type of every value the engine reads, computes and writes.
 * The one exception is a value owned by a {@link ValueArena} ({@link #isReused()}), which the arena
 * refills for the next record after its reset; until then it behaves like any other value.
 *
 * <p>There is one final class per {@link ValueKind} (two for INT: {@link IntValue} holds a {@code
 * long}, {@link BigIntegerValue} anything larger; factories pick the right one). The kind is a
 * field, so {@link #kind()} is a plain load and a VM can {@code switch} on it. The typed accessors
 * below ({@link #asLong()}, {@link #asString()}, {@link #get(int)}, {@link #fieldValue(int)}, ...)
 * let code that already knows the kind read a value without casts or {@code instanceof} chains and
 * without allocating; called on the wrong kind they throw {@link IllegalStateException} (a bug in
 * the caller, never a data error).
 *
 * <p>Equality: {@link #equals(Object)} is <em>exact</em> (same kind and representation: {@code 1}
 * vs {@code 1.0} vs {@code 1.00} differ, typed nulls differ from {@code NULL}; bags and structs
 * still compare as multisets). The PartiQL equivalence used by GROUP BY, DISTINCT and the
 * conformance comparison is {@link ValueEquivalence}; {@link #hashCode()} is {@link
 * ValueEquivalence#hash(Value)}, consistent with both. {@link #toString()} prints PartiQL literal
 * syntax ({@link ValuePrinter}).
 *
 * <p>Values are {@link Serializable} (compiled plans hold constants and travel to other JVMs); the
 * shared instances (MISSING, NULL and its typed variants, TRUE, FALSE) stay shared.
 *
 * <pre>{@code
 * Value row = Value.structBuilder()
 *         .add("a", Value.ofLong(1))
 *         .add("b", Value.bagOf(Value.ofLong(2), Value.ofLong(3)))
 *         .build();
 * row.get("A", false).asLong();   // 1
 * row.get("c", true);             // Value.MISSING
 * row.toString();                 // {'a': 1, 'b': <<2, 3>>}
 * }</pre>
 */
public abstract sealed class Value implements Serializable
        permits MissingValue,
                NullValue,
                BoolValue,
                IntValue,
                BigIntegerValue,
                DecimalValue,
                FloatValue,
                TextValue,
                LobValue,
                DateValue,
                TimeValue,
                TimestampValue,
                IntervalYearMonthValue,
                IntervalDayTimeValue,
                CollectionValue,
                StructValue {

    /** The MISSING value. */
    // The constants are created here, not in the subclasses, so that they are set whichever class
    // of the hierarchy the JVM happens to initialize first.
    public static final MissingValue MISSING = new MissingValue();

    /** The untyped NULL ({@code null.null} in Ion). */
    public static final NullValue NULL = new NullValue(ValueKind.NULL);

    /** Boolean true. */
    public static final BoolValue TRUE = new BoolValue(true);

    /** Boolean false. */
    public static final BoolValue FALSE = new BoolValue(false);

    private static final long serialVersionUID = 1L;

    private final ValueKind kind;

    /** True for a value owned by a {@link ValueArena}: valid only until the arena is reset. */
    private final boolean reused;

    /**
     * True for a value of a VM's arena ({@link ValueArena#forRows}): valid only until the row that
     * built it ends.
     */
    private transient boolean rowScoped;

    Value(ValueKind kind) {
        this(kind, false);
    }

    Value(ValueKind kind, boolean reused) {
        this.kind = kind;
        this.reused = reused;
    }

    // ---------------------------------------------------------------- kind

    /** The kind of this value; a field load, cheap enough for every row. */
    public final ValueKind kind() {
        return kind;
    }

    /**
     * True for a value owned by a {@link ValueArena} (read with value reuse): it, and what it
     * contains, stays valid only until the arena's next reset; {@link ValueArena#detach(Value)}
     * makes a copy that may be kept.
     */
    public final boolean isReused() {
        return reused;
    }

    /**
     * True for a value a VM built in its arena for one row (a constructed struct, list or bag, or a
     * number or string placed in one): it is valid only until the row ends, so anything that keeps
     * it must keep {@link ValueArena#detach(Value)}'s copy (which {@link Slot#toValue()} returns).
     * Always {@link #isReused()} too.
     */
    public final boolean isRowScoped() {
        return rowScoped;
    }

    /** Marks a value of a row arena ({@link ValueArena#forRows}). */
    final void markRowScoped() {
        rowScoped = true;
    }

    /**
     * Serializes a value owned by a {@link ValueArena} as an ordinary copy ({@link
     * ValueArena#detach}): never the arena's buffers, and nothing that changes after a reset.
     */
    final Object writeReplace() {
        return reused ? ValueArena.detach(this) : this;
    }

    /** True for MISSING. */
    public final boolean isMissing() {
        return kind == ValueKind.MISSING;
    }

    /** True for NULL (typed or not). */
    public final boolean isNull() {
        return kind == ValueKind.NULL;
    }

    /** True for NULL and MISSING. */
    public final boolean isUnknown() {
        return kind == ValueKind.MISSING || kind == ValueKind.NULL;
    }

    /**
     * The type name for error messages: the kind's display name, refined where the kind is coarser
     * than the type ({@code "TIME WITH TIME ZONE"}, {@code "TIMESTAMP WITH TIME ZONE"}).
     */
    public String typeName() {
        return kind.displayName();
    }

    // ---------------------------------------------------------------- scalar accessors

    /** The boolean of a BOOL. */
    public boolean booleanValue() {
        throw wrongKind("booleanValue");
    }

    /** True when this is an INT that fits in a {@code long} ({@link IntValue}). */
    public boolean fitsLong() {
        return false;
    }

    /** The {@code long} of an {@link IntValue}; throws for other kinds and for larger INTs. */
    public long asLong() {
        throw wrongKind("asLong");
    }

    /** The exact integer of an INT (either representation). */
    public BigInteger asBigInteger() {
        throw wrongKind("asBigInteger");
    }

    /**
     * The exact value of a number: INT, DECIMAL, or a finite FLOAT (converted exactly, so {@code
     * 0.1e0} gives 0.1000000000000000055511151231257827...). Throws {@link ArithmeticException} for
     * NaN and infinities.
     */
    public BigDecimal asBigDecimal() {
        throw wrongKind("asBigDecimal");
    }

    /** The value of a number as a {@code double} (rounded for INT and DECIMAL when needed). */
    public double asDouble() {
        throw wrongKind("asDouble");
    }

    /** The text of a STRING or SYMBOL; the stored {@code String}, not a copy. */
    public String asString() {
        throw wrongKind("asString");
    }

    /** The bytes of a BLOB or CLOB; the stored array, not a copy: do not modify it. */
    public byte[] asBytes() {
        throw wrongKind("asBytes");
    }

    // ---------------------------------------------------------------- collection accessors

    /** The number of elements of a LIST, BAG or SEXP. */
    public int size() {
        throw wrongKind("size");
    }

    /**
     * Element {@code index} (0-based, must be below {@link #size()}) of a LIST, BAG or SEXP. Bag
     * positions are storage order, stable for one value but meaningless to PartiQL.
     */
    public Value get(int index) {
        throw wrongKind("get(int)");
    }

    /** The number of fields of a STRUCT, duplicates included. */
    public int fieldCount() {
        throw wrongKind("fieldCount");
    }

    /** The name of field {@code index} of a STRUCT. */
    public String fieldName(int index) {
        throw wrongKind("fieldName");
    }

    /** The value of field {@code index} of a STRUCT. */
    public Value fieldValue(int index) {
        throw wrongKind("fieldValue");
    }

    /**
     * The value of the first field named {@code name} of a STRUCT, or MISSING when there is none.
     * Called on any other kind it also returns MISSING (the permissive path result); strict
     * evaluation checks {@link #kind()} first. Allocates nothing.
     */
    public Value get(String name, boolean caseSensitive) {
        return MISSING;
    }

    final IllegalStateException wrongKind(String accessor) {
        return new IllegalStateException(accessor + "() is not defined for " + typeName());
    }

    // ---------------------------------------------------------------- factories

    /** A BOOL; returns the shared constants. */
    public static BoolValue ofBool(boolean value) {
        return value ? TRUE : FALSE;
    }

    /** An INT from a {@code long}; small values are cached. */
    public static IntValue ofLong(long value) {
        return IntValue.of(value);
    }

    /** An INT of any size: an {@link IntValue} when it fits in a {@code long}. */
    public static Value ofBigInteger(BigInteger value) {
        return BigIntegerValue.of(value);
    }

    /** A DECIMAL, keeping the scale ({@code 1.0} and {@code 1.00} stay distinct but equivalent). */
    public static DecimalValue ofDecimal(BigDecimal value) {
        return DecimalValue.of(value);
    }

    /** A FLOAT (NaN and infinities included). */
    public static FloatValue ofDouble(double value) {
        return FloatValue.of(value);
    }

    /** A STRING. */
    public static StringValue ofString(String value) {
        return StringValue.of(value);
    }

    /** A SYMBOL. */
    public static SymbolValue ofSymbol(String value) {
        return SymbolValue.of(value);
    }

    /** A BLOB owning {@code bytes}: the caller must not modify the array afterwards. */
    public static BlobValue ofBlob(byte[] bytes) {
        return BlobValue.wrap(bytes);
    }

    /** A CLOB owning {@code bytes}: the caller must not modify the array afterwards. */
    public static ClobValue ofClob(byte[] bytes) {
        return ClobValue.wrap(bytes);
    }

    /** A DATE. */
    public static DateValue ofDate(LocalDate date) {
        return DateValue.of(date);
    }

    /** A TIME without time zone, with the smallest precision that shows its nanoseconds. */
    public static TimeValue ofTime(LocalTime time) {
        return TimeValue.of(time, null, TimeValue.minimalPrecision(time.getNano()));
    }

    /** A TIME; {@code offset} null means WITHOUT TIME ZONE; precision is fractional digits 0..9. */
    public static TimeValue ofTime(LocalTime time, ZoneOffset offset, int precision) {
        return TimeValue.of(time, offset, precision);
    }

    /** A TIMESTAMP without time zone, with the smallest precision that shows its nanoseconds. */
    public static TimestampValue ofTimestamp(LocalDateTime dateTime) {
        return TimestampValue.of(dateTime, null, TimeValue.minimalPrecision(dateTime.getNano()));
    }

    /**
     * A TIMESTAMP; {@code offset} null means WITHOUT TIME ZONE; precision is fractional digits
     * 0..9.
     */
    public static TimestampValue ofTimestamp(
            LocalDateTime dateTime, ZoneOffset offset, int precision) {
        return TimestampValue.of(dateTime, offset, precision);
    }

    /** An INTERVAL YEAR TO MONTH of {@code totalMonths} (negative for a negative interval). */
    public static IntervalYearMonthValue ofIntervalYearMonth(long totalMonths) {
        return IntervalYearMonthValue.of(totalMonths);
    }

    /** An INTERVAL DAY TO SECOND of {@code seconds} plus {@code nanos} (any signs; normalized). */
    public static IntervalDayTimeValue ofIntervalDayTime(long seconds, long nanos) {
        return IntervalDayTimeValue.of(seconds, nanos);
    }

    /** A LIST of the given elements (the array is copied, the elements are shared). */
    public static ListValue listOf(Value... elements) {
        return ListValue.of(elements);
    }

    /** A BAG of the given elements. */
    public static BagValue bagOf(Value... elements) {
        return BagValue.of(elements);
    }

    /** A SEXP of the given elements. */
    public static SexpValue sexpOf(Value... elements) {
        return SexpValue.of(elements);
    }

    /** A builder of STRUCT values. */
    public static StructValue.Builder structBuilder() {
        return StructValue.builder();
    }

    /** A NULL standing for a typed null of {@code kind} ({@code NULL} gives the untyped NULL). */
    public static NullValue nullOf(ValueKind kind) {
        return NullValue.of(kind);
    }

    // ---------------------------------------------------------------- Object

    /**
     * Exact equality: same kind and same representation (decimal scale, float bits, typed-null
     * kind, time precision and offset); bags and structs compare as multisets. Use {@link
     * ValueEquivalence} for PartiQL equivalence.
     */
    @Override
    public final boolean equals(Object other) {
        return this == other
                || (other instanceof Value v && ValueEquivalence.exactlyEqual(this, v));
    }

    /** {@link ValueEquivalence#hash(Value)}: equal for equivalent values. */
    @Override
    public final int hashCode() {
        return ValueEquivalence.hash(this);
    }

    /** This value in PartiQL literal syntax, e.g. {@code {'a': 1, 'b': <<2, 3>>}}. */
    @Override
    public final String toString() {
        return ValuePrinter.print(this);
    }
}
