package org.partiqlvm.engine;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import org.partiqlvm.value.ValueKind;

/**
 * The shape of a compiled statement's rows: named columns (a SELECT list), or a single value per
 * row (SELECT VALUE, SELECT *, PIVOT, or a plain expression), with the static type of each column
 * where the statement decides it.
 *
 * @param columnNames the column names in order; for a value result, the single name {@code "_1"}
 * @param valueRows true when each row is one value rather than a struct of columns
 * @param columnTypes per column, the {@link ValueKind#name()} its non-null values have (from a
 *     CAST, a literal, a predicate, arithmetic on known types, a string function), or {@link #ANY}
 *     when only the data decides (a path, an aggregate): CAST a column to give it a type
 */
public record OutputSchema(List<String> columnNames, boolean valueRows, List<String> columnTypes)
        implements Serializable {

    /** The type name of a column whose type only the data decides. */
    public static final String ANY = "ANY";

    public OutputSchema {
        columnNames = List.copyOf(columnNames);
        columnTypes = List.copyOf(columnTypes);
        if (columnTypes.size() != columnNames.size()) {
            throw new IllegalArgumentException(
                    columnNames.size() + " columns but " + columnTypes.size() + " types");
        }
    }

    /** A schema whose column types are all unknown. */
    public OutputSchema(List<String> columnNames, boolean valueRows) {
        this(columnNames, valueRows, Collections.nCopies(columnNames.size(), ANY));
    }

    /** The schema of a statement whose rows are single values. */
    public static OutputSchema ofValue() {
        return new OutputSchema(List.of("_1"), true);
    }

    /** The schema of a SELECT list; {@code types} may be null (all unknown). */
    public static OutputSchema ofColumns(List<String> names, List<String> types) {
        return types == null
                ? new OutputSchema(names, false)
                : new OutputSchema(names, false, new ArrayList<>(types));
    }

    /** The number of columns. */
    public int columnCount() {
        return columnNames.size();
    }

    /** The kind of column {@code i}'s non-null values, or empty when only the data decides. */
    public Optional<ValueKind> columnKind(int i) {
        String type = columnTypes.get(i);
        return type.equals(ANY) ? Optional.empty() : Optional.of(ValueKind.valueOf(type));
    }
}
