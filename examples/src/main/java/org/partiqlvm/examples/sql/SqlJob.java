package org.partiqlvm.examples.sql;

import java.util.ArrayList;
import java.util.List;
import org.apache.flink.table.api.EnvironmentSettings;
import org.apache.flink.table.api.TableEnvironment;
import org.apache.flink.types.Row;
import org.apache.flink.util.CloseableIterator;
import org.apache.flink.util.ParameterTool;
import org.partiqlvm.examples.JobArgs;
import org.partiqlvm.examples.etl.OrdersEtlJob;
import org.partiqlvm.flink.table.PartiQLTableFunction;

/**
 * The orders ETL of {@link OrdersEtlJob} in Flink SQL, both ways PartiQL plugs into it:
 *
 * <ol>
 *   <li>the {@code partiql-json} format: a filesystem table whose messages the ETL statement
 *       ({@code queries/orders-etl.partiql}) turns into typed line-item rows, malformed lines
 *       written to {@code OUTPUT/dead-letters/};
 *   <li>the {@code PARTIQL} table function over a raw {@code STRING} column (the {@code raw}
 *       format), a statement typing its columns with CAST;
 * </ol>
 *
 * and a {@code GROUP BY} over each: revenue per country, printed twice (the two must agree).
 *
 * <p>Run without arguments it reads the bundled {@code examples/data/orders.jsonl} on an embedded
 * mini cluster; {@code --input} and {@code --output} take any Flink file system URI.
 */
public final class SqlJob {

    /** The function path's statement: each sold line's country and discounted total. */
    static final String LINE_TOTALS =
            "SELECT UPPER(COALESCE(o.customer.address.country, 'unknown')) AS country,"
                    + " CAST(l.qty * l.unit_price * (100 - COALESCE(l.discount_pct, 0)) / 100"
                    + " AS DECIMAL(12, 2)) AS line_total"
                    + " FROM orders AS o, o.lines AS l"
                    + " WHERE o.status <> 'cancelled' AND l.qty > 0";

    /** Revenue per country, by each path. */
    public record Result(List<Row> byFormat, List<Row> byFunction) {}

    private SqlJob() {}

    /** Runs the job; see the class comment for the arguments. */
    public static void main(String[] args) throws Exception {
        ParameterTool params = ParameterTool.fromArgs(args);
        String input = JobArgs.pathOrBundled(params, "input", "orders.jsonl");
        String output = params.get("output", "target/orders-sql");
        Result result =
                run(TableEnvironment.create(EnvironmentSettings.inBatchMode()), input, output);
        System.out.println("revenue by country (partiql-json format):");
        result.byFormat().forEach(r -> System.out.println("  " + r));
        System.out.println("revenue by country (PARTIQL table function):");
        result.byFunction().forEach(r -> System.out.println("  " + r));
    }

    /** Declares the tables and the function on {@code env}, runs both queries to the end. */
    public static Result run(TableEnvironment env, String input, String output) throws Exception {
        env.executeSql(
                "CREATE TEMPORARY TABLE order_lines ("
                        + " order_id BIGINT, placed_at STRING, email STRING, tier STRING,"
                        + " country STRING, sku STRING, qty INT, unit_price DECIMAL(10, 2),"
                        + " discount_pct INT, line_total DECIMAL(12, 2)"
                        + ") WITH ("
                        + " 'connector' = 'filesystem', 'path' = '"
                        + input
                        + "', 'format' = 'partiql-json',"
                        + " 'partiql-json.query' = '"
                        + quote(OrdersEtlJob.query())
                        + "', 'partiql-json.stream-name' = '"
                        + OrdersEtlJob.STREAM_NAME
                        + "', 'partiql-json.on-error' = 'dead-letter',"
                        + " 'partiql-json.dead-letter.path' = '"
                        + output
                        + "/dead-letters', 'partiql-json.query-id' = 'orders-etl')");
        env.executeSql(
                "CREATE TEMPORARY TABLE raw_orders (line STRING) WITH ("
                        + " 'connector' = 'filesystem', 'path' = '"
                        + input
                        + "', 'format' = 'raw')");
        env.executeSql(
                "CREATE TEMPORARY FUNCTION PARTIQL AS '"
                        + PartiQLTableFunction.class.getName()
                        + "'");
        List<Row> byFormat =
                collect(
                        env,
                        "SELECT country, COUNT(*) AS line_items, SUM(line_total) AS revenue"
                                + " FROM order_lines GROUP BY country ORDER BY country");
        List<Row> byFunction =
                collect(
                        env,
                        "SELECT t.country, COUNT(*) AS line_items,"
                                + " CAST(SUM(t.line_total) AS DECIMAL(38, 2)) AS revenue"
                                + " FROM raw_orders AS r, LATERAL TABLE(PARTIQL('"
                                + quote(LINE_TOTALS)
                                + "', r.line, 'stream-name="
                                + OrdersEtlJob.STREAM_NAME
                                + "')) AS t GROUP BY t.country ORDER BY t.country");
        return new Result(byFormat, byFunction);
    }

    private static String quote(String sqlText) {
        return sqlText.replace("'", "''");
    }

    private static List<Row> collect(TableEnvironment env, String query) throws Exception {
        List<Row> rows = new ArrayList<>();
        try (CloseableIterator<Row> it = env.executeSql(query).collect()) {
            it.forEachRemaining(rows::add);
        }
        return rows;
    }
}
