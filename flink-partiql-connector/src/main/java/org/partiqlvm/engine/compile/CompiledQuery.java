package org.partiqlvm.engine.compile;

import java.util.List;
import org.partiqlvm.engine.op.RelSpec;

/**
 * A compiled query block: its operators and where each row's output is found.
 *
 * @param rel the operators producing the rows
 * @param outputSlots the slots holding each row's columns (one slot for value rows)
 * @param columnNames the column names of a SELECT list, or null when each row is one value
 * @param columnTypes the static type of each column ({@link ColumnTypeInference}), or null
 * @param ordered whether the result is ordered (ORDER BY)
 * @param single whether the query yields exactly one value rather than a collection (PIVOT)
 */
record CompiledQuery(
        RelSpec rel,
        int[] outputSlots,
        List<String> columnNames,
        List<String> columnTypes,
        boolean ordered,
        boolean single) {}
