package org.partiqlvm.engine.fn;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.partiqlvm.value.ValueKind;

/**
 * The table of built-in scalar functions: one immutable map from lower-case name to the definitions
 * of that name (one per arity range), built once.
 *
 * <p>The planner lowers special forms to calls of these names: {@code TRIM([BOTH|LEADING|TRAILING]
 * [chars] FROM s)} to {@code trim_both}/{@code trim_leading}/{@code trim_trailing(s[, chars])},
 * {@code SUBSTRING(s FROM a FOR b)} to {@code substring(s, a, b)}, {@code POSITION(x IN y)} to
 * {@code position(x, y)}, {@code OVERLAY(s PLACING r FROM a FOR b)} to {@code overlay(s, r, a, b)},
 * {@code EXTRACT(f FROM x)} to {@code extract_<f>(x)}, {@code DATE_ADD(f, n, x)} to {@code
 * date_add_<f>(n, x)}, {@code DATE_DIFF(f, a, b)} to {@code date_diff_<f>(a, b)}, {@code a || b} to
 * {@code concat(a, b)}, {@code COLL_SUM(DISTINCT x)} to {@code coll_sum('distinct', x)}. Operators
 * (arithmetic, comparison, logical, LIKE, BETWEEN, IN, IS, CAST) are not functions: the VM calls
 * {@link Arithmetic}, {@link Comparison}, {@link Logical}, {@link Like}, {@link TypeTests} and
 * {@link Casts} directly.
 *
 * <pre>{@code
 * FunctionDefinition upper = BuiltinFunctions.lookup("upper", 1);
 * upper.call(args, out, site);
 * }</pre>
 */
public final class BuiltinFunctions {

    private static final int VARIADIC = Integer.MAX_VALUE;

    private static final KindSet YEAR_MONTH_FIELDS =
            KindSet.of(
                    "DATE, TIMESTAMP or INTERVAL YEAR TO MONTH",
                    ValueKind.DATE,
                    ValueKind.TIMESTAMP,
                    ValueKind.INTERVAL_YEAR_MONTH);
    private static final KindSet DAY_FIELD =
            KindSet.of(
                    "DATE, TIMESTAMP or INTERVAL DAY TO SECOND",
                    ValueKind.DATE,
                    ValueKind.TIMESTAMP,
                    ValueKind.INTERVAL_DAY_TIME);
    private static final KindSet TIME_FIELDS =
            KindSet.of(
                    "TIME, TIMESTAMP or INTERVAL DAY TO SECOND",
                    ValueKind.TIME,
                    ValueKind.TIMESTAMP,
                    ValueKind.INTERVAL_DAY_TIME);
    private static final KindSet ZONED =
            KindSet.of("TIME or TIMESTAMP WITH TIME ZONE", ValueKind.TIME, ValueKind.TIMESTAMP);

    private static final Map<String, List<FunctionDefinition>> TABLE = build();

    private BuiltinFunctions() {}

    /**
     * The definition of {@code name} (any case) accepting {@code arity} arguments, or null when
     * there is none.
     */
    public static FunctionDefinition lookup(String name, int arity) {
        List<FunctionDefinition> defs = TABLE.get(name.toLowerCase(Locale.ROOT));
        if (defs != null) {
            for (FunctionDefinition d : defs) {
                if (d.accepts(arity)) {
                    return d;
                }
            }
        }
        return null;
    }

    /** True when some definition has this name (any case), whatever its arity. */
    public static boolean isDefined(String name) {
        return TABLE.containsKey(name.toLowerCase(Locale.ROOT));
    }

    /** Every definition, sorted by name then arity. */
    public static List<FunctionDefinition> all() {
        List<FunctionDefinition> all = new ArrayList<>();
        TABLE.values().forEach(all::addAll);
        all.sort(
                Comparator.comparing(FunctionDefinition::name)
                        .thenComparingInt(FunctionDefinition::minArity));
        return Collections.unmodifiableList(all);
    }

    /** A Markdown table of the functions (name, arity, signature, description) for the docs. */
    public static String markdownTable() {
        StringBuilder sb = new StringBuilder();
        sb.append("| name | arity | signature | description |\n");
        sb.append("|---|---|---|---|\n");
        for (FunctionDefinition d : all()) {
            String arity =
                    d.minArity() == d.maxArity()
                            ? Integer.toString(d.minArity())
                            : d.minArity() + ".." + (d.maxArity() == VARIADIC ? "n" : d.maxArity());
            sb.append("| `")
                    .append(d.name())
                    .append("` | ")
                    .append(arity)
                    .append(" | `")
                    .append(d.signature())
                    .append("` | ")
                    .append(d.description().replace("|", "\\|"))
                    .append(" |\n");
        }
        return sb.toString();
    }

    // ---------------------------------------------------------------- the table

    private static Map<String, List<FunctionDefinition>> build() {
        Table t = new Table();
        // Strings
        t.add(
                "char_length",
                KindSet.TEXT,
                StringFunctions::charLength,
                "Number of characters (code points) of a string.");
        t.add(
                "character_length",
                KindSet.TEXT,
                StringFunctions::charLength,
                "Number of characters (code points) of a string.");
        t.add(
                "octet_length",
                KindSet.TEXT_OR_LOB,
                StringFunctions::octetLength,
                "Number of bytes of a string in UTF-8, or of a BLOB/CLOB.");
        t.add(
                "bit_length",
                KindSet.TEXT_OR_LOB,
                StringFunctions::bitLength,
                "Number of bits of a string in UTF-8, or of a BLOB/CLOB.");
        t.add("lower", KindSet.TEXT, StringFunctions::lower, "The string in lower case.");
        t.add("upper", KindSet.TEXT, StringFunctions::upper, "The string in upper case.");
        t.add(
                "concat",
                2,
                2,
                List.of(KindSet.TEXT),
                StringFunctions::concat,
                "The concatenation of two strings (the `||` operator).");
        t.add(
                "substring",
                2,
                3,
                List.of(KindSet.TEXT, KindSet.INT),
                StringFunctions::substring,
                "The characters from a 1-based start position, optionally for a length.");
        t.add(
                "position",
                2,
                2,
                List.of(KindSet.TEXT),
                StringFunctions::position,
                "The 1-based position of the first string in the second, 0 if absent.");
        t.add(
                "overlay",
                3,
                4,
                List.of(KindSet.TEXT, KindSet.TEXT, KindSet.INT),
                StringFunctions::overlay,
                "The string with a range of characters replaced by another string.");
        t.add(
                "trim",
                KindSet.TEXT,
                StringFunctions::trimBoth,
                "The string without leading and trailing spaces.");
        t.add(
                "trim_both",
                1,
                2,
                List.of(KindSet.TEXT),
                StringFunctions::trimBoth,
                "The string without leading and trailing characters of the set (default a space).");
        t.add(
                "trim_leading",
                1,
                2,
                List.of(KindSet.TEXT),
                StringFunctions::trimLeading,
                "The string without leading characters of the set (default a space).");
        t.add(
                "trim_trailing",
                1,
                2,
                List.of(KindSet.TEXT),
                StringFunctions::trimTrailing,
                "The string without trailing characters of the set (default a space).");
        // Numbers
        t.add(
                "abs",
                KindSet.NUMBER_OR_INTERVAL,
                NumericFunctions::abs,
                "The absolute value of a number or interval.");
        t.add(
                "mod",
                2,
                2,
                List.of(KindSet.NUMBER),
                NumericFunctions::mod,
                "The remainder of the division, with the sign of the dividend.");
        t.add(
                "ceil",
                KindSet.NUMBER,
                NumericFunctions::ceil,
                "The smallest integral value not below the number.");
        t.add(
                "ceiling",
                KindSet.NUMBER,
                NumericFunctions::ceil,
                "The smallest integral value not below the number.");
        t.add(
                "floor",
                KindSet.NUMBER,
                NumericFunctions::floor,
                "The largest integral value not above the number.");
        t.add(
                "round",
                1,
                2,
                List.of(KindSet.NUMBER, KindSet.INT),
                NumericFunctions::round,
                "The number rounded (halves away from zero) to a number of decimal places (default 0).");
        t.add(
                "trunc",
                1,
                2,
                List.of(KindSet.NUMBER, KindSet.INT),
                NumericFunctions::trunc,
                "The number truncated toward zero to a number of decimal places (default 0).");
        t.add(
                "sign",
                KindSet.NUMBER,
                NumericFunctions::sign,
                "-1, 0 or 1 as the sign of the number.");
        t.add("sqrt", KindSet.NUMBER, NumericFunctions::sqrt, "The square root, as FLOAT.");
        t.add("exp", KindSet.NUMBER, NumericFunctions::exp, "e raised to the number, as FLOAT.");
        t.add("ln", KindSet.NUMBER, NumericFunctions::ln, "The natural logarithm, as FLOAT.");
        t.add("log10", KindSet.NUMBER, NumericFunctions::log10, "The base-10 logarithm, as FLOAT.");
        t.add(
                "power",
                2,
                2,
                List.of(KindSet.NUMBER),
                NumericFunctions::power,
                "The first number raised to the second, as FLOAT.");
        t.add(
                "pow",
                2,
                2,
                List.of(KindSet.NUMBER),
                NumericFunctions::power,
                "The first number raised to the second, as FLOAT.");
        // Conditionals
        t.addCustom(
                "coalesce",
                1,
                VARIADIC,
                ConditionalFunctions::coalesce,
                "The first argument that is neither MISSING nor NULL, else NULL.");
        t.addCustom(
                "nullif",
                2,
                2,
                ConditionalFunctions::nullif,
                "NULL when the arguments are equal, else the first.");
        // Collections
        t.add(
                "cardinality",
                KindSet.CONTAINER,
                CollectionFunctions::cardinality,
                "The number of elements of a collection, or fields of a STRUCT.");
        t.add(
                "exists",
                KindSet.CONTAINER,
                CollectionFunctions::exists,
                "True when a collection or STRUCT is not empty.");
        t.add(
                "coll_distinct",
                KindSet.COLLECTION,
                CollectionFunctions::collDistinct,
                "The elements of a collection without repeats, as a BAG (for COLL_x(DISTINCT c)).");
        // Structs
        t.add(
                "tupleunion",
                0,
                VARIADIC,
                List.of(KindSet.STRUCT),
                StructFunctions::tupleUnion,
                "One STRUCT with the fields of all the STRUCT arguments, in order (TUPLEUNION).");
        t.addCustom(
                "overlaps",
                2,
                2,
                (args, out, site) -> Overlaps.overlaps(args[0], args[1], out, site),
                "True when two (start, end) periods of dates, times or timestamps overlap.");
        t.addCollectionAggregate(
                "coll_count",
                CollectionFunctions::collCount,
                "The number of elements that are neither MISSING nor NULL.");
        t.addCollectionAggregate(
                "coll_sum",
                CollectionFunctions::collSum,
                "The sum of the numeric elements, NULL if none.");
        t.addCollectionAggregate(
                "coll_avg",
                CollectionFunctions::collAvg,
                "The mean of the numeric elements, NULL if none.");
        t.addCollectionAggregate(
                "coll_min", CollectionFunctions::collMin, "The least element, NULL if none.");
        t.addCollectionAggregate(
                "coll_max", CollectionFunctions::collMax, "The greatest element, NULL if none.");
        t.addCollectionAggregate(
                "coll_any",
                CollectionFunctions::collAny,
                "True when some BOOL element is true, NULL if none.");
        t.addCollectionAggregate(
                "coll_some",
                CollectionFunctions::collSome,
                "True when some BOOL element is true, NULL if none.");
        t.addCollectionAggregate(
                "coll_every",
                CollectionFunctions::collEvery,
                "True when every BOOL element is true, NULL if none.");
        // Datetimes
        t.add(
                "extract_year",
                YEAR_MONTH_FIELDS,
                DateTimeFunctions::extractYear,
                "EXTRACT(YEAR FROM x): the year of a date/timestamp, or years of an interval.");
        t.add(
                "extract_month",
                YEAR_MONTH_FIELDS,
                DateTimeFunctions::extractMonth,
                "EXTRACT(MONTH FROM x): the month of a date/timestamp or interval.");
        t.add(
                "extract_day",
                DAY_FIELD,
                DateTimeFunctions::extractDay,
                "EXTRACT(DAY FROM x): the day of month of a date/timestamp, or days of an interval.");
        t.add(
                "extract_hour",
                TIME_FIELDS,
                DateTimeFunctions::extractHour,
                "EXTRACT(HOUR FROM x): the hour of a time/timestamp or interval.");
        t.add(
                "extract_minute",
                TIME_FIELDS,
                DateTimeFunctions::extractMinute,
                "EXTRACT(MINUTE FROM x): the minute of a time/timestamp or interval.");
        t.add(
                "extract_second",
                TIME_FIELDS,
                DateTimeFunctions::extractSecond,
                "EXTRACT(SECOND FROM x): the seconds with fraction, as DECIMAL.");
        t.add(
                "extract_timezone_hour",
                ZONED,
                DateTimeFunctions::extractTimezoneHour,
                "EXTRACT(TIMEZONE_HOUR FROM x): the hours of the UTC offset.");
        t.add(
                "extract_timezone_minute",
                ZONED,
                DateTimeFunctions::extractTimezoneMinute,
                "EXTRACT(TIMEZONE_MINUTE FROM x): the minutes of the UTC offset.");
        List<KindSet> add = List.of(KindSet.INT, KindSet.DATETIME);
        t.add(
                "date_add_year",
                2,
                2,
                add,
                DateTimeFunctions::dateAddYear,
                "DATE_ADD(YEAR, n, x): x plus n years.");
        t.add(
                "date_add_month",
                2,
                2,
                add,
                DateTimeFunctions::dateAddMonth,
                "DATE_ADD(MONTH, n, x): x plus n months.");
        t.add(
                "date_add_day",
                2,
                2,
                add,
                DateTimeFunctions::dateAddDay,
                "DATE_ADD(DAY, n, x): x plus n days.");
        t.add(
                "date_add_hour",
                2,
                2,
                add,
                DateTimeFunctions::dateAddHour,
                "DATE_ADD(HOUR, n, x): x plus n hours.");
        t.add(
                "date_add_minute",
                2,
                2,
                add,
                DateTimeFunctions::dateAddMinute,
                "DATE_ADD(MINUTE, n, x): x plus n minutes.");
        t.add(
                "date_add_second",
                2,
                2,
                add,
                DateTimeFunctions::dateAddSecond,
                "DATE_ADD(SECOND, n, x): x plus n seconds.");
        List<KindSet> diff = List.of(KindSet.DATETIME);
        t.add(
                "date_diff_year",
                2,
                2,
                diff,
                DateTimeFunctions::dateDiffYear,
                "DATE_DIFF(YEAR, a, b): whole years from a to b.");
        t.add(
                "date_diff_month",
                2,
                2,
                diff,
                DateTimeFunctions::dateDiffMonth,
                "DATE_DIFF(MONTH, a, b): whole months from a to b.");
        t.add(
                "date_diff_day",
                2,
                2,
                diff,
                DateTimeFunctions::dateDiffDay,
                "DATE_DIFF(DAY, a, b): whole days from a to b.");
        t.add(
                "date_diff_hour",
                2,
                2,
                diff,
                DateTimeFunctions::dateDiffHour,
                "DATE_DIFF(HOUR, a, b): whole hours from a to b.");
        t.add(
                "date_diff_minute",
                2,
                2,
                diff,
                DateTimeFunctions::dateDiffMinute,
                "DATE_DIFF(MINUTE, a, b): whole minutes from a to b.");
        t.add(
                "date_diff_second",
                2,
                2,
                diff,
                DateTimeFunctions::dateDiffSecond,
                "DATE_DIFF(SECOND, a, b): whole seconds from a to b.");
        return t.freeze();
    }

    /** The builder of the table. */
    private static final class Table {
        private final Map<String, List<FunctionDefinition>> map = new LinkedHashMap<>();

        void add(String name, KindSet parameter, ScalarFunction f, String description) {
            add(name, 1, 1, List.of(parameter), f, description);
        }

        void add(
                String name,
                int min,
                int max,
                List<KindSet> parameters,
                ScalarFunction f,
                String description) {
            put(
                    new FunctionDefinition(
                            name, min, max, NullPolicy.PROPAGATE, parameters, f, description));
        }

        void addCustom(String name, int min, int max, ScalarFunction f, String description) {
            put(new FunctionDefinition(name, min, max, NullPolicy.CUSTOM, f, description));
        }

        void addCollectionAggregate(String name, ScalarFunction f, String description) {
            add(name, 1, 1, List.of(KindSet.COLLECTION), f, description);
            add(
                    name,
                    2,
                    2,
                    List.of(KindSet.TEXT, KindSet.COLLECTION),
                    f,
                    description + " With 'distinct' first, over distinct elements.");
        }

        private void put(FunctionDefinition d) {
            List<FunctionDefinition> defs = map.computeIfAbsent(d.name(), k -> new ArrayList<>());
            for (FunctionDefinition other : defs) {
                if (d.minArity() <= other.maxArity() && other.minArity() <= d.maxArity()) {
                    throw new IllegalStateException("overlapping arities for " + d.name());
                }
            }
            defs.add(d);
        }

        Map<String, List<FunctionDefinition>> freeze() {
            Map<String, List<FunctionDefinition>> frozen = new LinkedHashMap<>();
            map.forEach((k, v) -> frozen.put(k, List.copyOf(v)));
            return Collections.unmodifiableMap(frozen);
        }
    }
}
