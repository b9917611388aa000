package org.partiqlvm.flink.table;

import java.util.ArrayList;
import java.util.List;
import org.apache.flink.table.api.TableResult;
import org.apache.flink.types.Row;
import org.apache.flink.util.CloseableIterator;

/** The rows of a SQL query's result as text ({@code +I[1, a]}), for the SQL cluster tests. */
final class SqlRows {

    private SqlRows() {}

    /** Collects every row of {@code result}. */
    static List<String> of(TableResult result) throws Exception {
        List<String> rows = new ArrayList<>();
        try (CloseableIterator<Row> it = result.collect()) {
            it.forEachRemaining(r -> rows.add(r.toString()));
        }
        return rows;
    }
}
