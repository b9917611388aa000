package org.partiqlvm.engine;

import java.io.Serializable;
import java.util.List;

/**
 * The shape of a compiled statement's rows: named columns (a SELECT list), or a single value per
 * row (SELECT VALUE, SELECT *, PIVOT, or a plain expression).
 *
 * @param columnNames the column names in order; for a value result, the single name {@code "_1"}
 * @param valueRows true when each row is one value rather than a struct of columns
 */
public record OutputSchema(List<String> columnNames, boolean valueRows) implements Serializable {

    public OutputSchema {
        columnNames = List.copyOf(columnNames);
    }

    /** The schema of a statement whose rows are single values. */
    public static OutputSchema ofValue() {
        return new OutputSchema(List.of("_1"), true);
    }

    /** The number of columns. */
    public int columnCount() {
        return columnNames.size();
    }
}
