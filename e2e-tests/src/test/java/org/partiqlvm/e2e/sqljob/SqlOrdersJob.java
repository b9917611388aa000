package org.partiqlvm.e2e.sqljob;

import org.apache.flink.table.api.EnvironmentSettings;
import org.apache.flink.table.api.StatementSet;
import org.apache.flink.table.api.TableEnvironment;
import org.apache.flink.util.ParameterTool;

/**
 * A pure SQL job that brings no PartiQL class: the {@code partiql-json} format and the {@code
 * PARTIQL} function come from the SQL jar in the cluster's class path. Reads {@code --input}
 * (orders, JSON lines) twice, through the format with {@code --query} (rows to {@code OUTPUT/rows},
 * malformed lines to {@code OUTPUT/dead-letters}) and through the function with {@code
 * --totals-query} over a raw line column (to {@code OUTPUT/totals}), in one batch job.
 */
public final class SqlOrdersJob {

    private SqlOrdersJob() {}

    /** Submits the job (detached on a cluster); see the class comment for the arguments. */
    public static void main(String[] args) {
        ParameterTool params = ParameterTool.fromArgs(args);
        String input = params.getRequired("input");
        String output = params.getRequired("output");
        TableEnvironment env = TableEnvironment.create(EnvironmentSettings.inBatchMode());
        String columns =
                "order_id BIGINT, placed_at STRING, email STRING, tier STRING, country STRING,"
                        + " sku STRING, qty INT, unit_price DECIMAL(10, 2), discount_pct INT,"
                        + " line_total DECIMAL(12, 2)";
        env.executeSql(
                "CREATE TEMPORARY TABLE order_lines ("
                        + columns
                        + ") WITH ('connector' = 'filesystem', 'path' = '"
                        + input
                        + "', 'format' = 'partiql-json', 'partiql-json.query' = '"
                        + quote(params.getRequired("query"))
                        + "', 'partiql-json.stream-name' = 'orders',"
                        + " 'partiql-json.on-error' = 'dead-letter',"
                        + " 'partiql-json.dead-letter.path' = '"
                        + output
                        + "/dead-letters')");
        env.executeSql(
                "CREATE TEMPORARY TABLE rows_out ("
                        + columns
                        + ") WITH ('connector' = 'filesystem', 'path' = '"
                        + output
                        + "/rows', 'format' = 'json')");
        env.executeSql(
                "CREATE TEMPORARY TABLE raw_orders (line STRING) WITH ('connector' = 'filesystem',"
                        + " 'path' = '"
                        + input
                        + "', 'format' = 'raw')");
        env.executeSql(
                "CREATE TEMPORARY TABLE totals_out (country STRING, line_total DECIMAL(12, 2))"
                        + " WITH ('connector' = 'filesystem', 'path' = '"
                        + output
                        + "/totals', 'format' = 'json')");
        env.executeSql(
                "CREATE TEMPORARY FUNCTION PARTIQL AS"
                        + " 'org.partiqlvm.flink.table.PartiQLTableFunction'");
        StatementSet inserts = env.createStatementSet();
        inserts.addInsertSql("INSERT INTO rows_out SELECT * FROM order_lines");
        inserts.addInsertSql(
                "INSERT INTO totals_out SELECT t.country, t.line_total FROM raw_orders AS r,"
                        + " LATERAL TABLE(PARTIQL('"
                        + quote(params.getRequired("totals-query"))
                        + "', r.line, 'stream-name=orders')) AS t");
        inserts.execute();
    }

    private static String quote(String sqlText) {
        return sqlText.replace("'", "''");
    }
}
