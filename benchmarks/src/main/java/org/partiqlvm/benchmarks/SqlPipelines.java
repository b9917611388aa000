package org.partiqlvm.benchmarks;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.flink.table.api.Table;
import org.apache.flink.table.api.TableEnvironment;
import org.partiqlvm.flink.table.PartiQLTableFunction;

/**
 * Q1 as Flink SQL, four ways, each over the same JSON lines file (the filesystem connector): our
 * {@code PARTIQL} table function and our {@code partiql-json} format, against Flink's {@code
 * JSON_VALUE}/{@code JSON_QUERY} + {@code UNNEST} and {@code PARSE_JSON} + {@code VARIANT} access.
 *
 * <p>The {@code VARIANT} pipeline does less than Q1: Flink 2.3 SQL cannot cast a {@code VARIANT}
 * (or a field of one) to a SQL type or unnest a variant array (FLINK-37925/37926 add that for 2.4),
 * so it parses each record and reads the three fields Q1 starts from ({@code id}, {@code
 * user.country}, {@code items}) as variants, without unnesting, filtering or computing: an upper
 * bound of what the variant path costs for Q1.
 */
final class SqlPipelines {

    /** Q1 with every output column typed, so that the function returns typed columns. */
    static final String TYPED_Q1 =
            "SELECT CAST(r.id AS BIGINT) AS id, CAST(r.user.country AS STRING) AS country,"
                    + " CAST(i.sku AS STRING) AS sku, CAST(i.qty * i.price AS DECIMAL(10, 2)) AS total"
                    + " FROM stream AS r, r.items AS i WHERE i.qty > 0";

    private SqlPipelines() {}

    /** Writes {@code n} records cycling through {@code pool} as JSON lines to {@code file}. */
    static void writeLines(Path file, String[] pool, long n) throws IOException {
        Files.createDirectories(file.getParent());
        try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            for (long i = 0; i < n; i++) {
                out.write(pool[(int) (i % pool.length)]);
                out.write('\n');
            }
        }
    }

    /**
     * Declares, on {@code tables}, {@code lines} (one {@code payload STRING} per line, the {@code
     * raw} format) and {@code q1} (Q1's rows, the {@code partiql-json} format) over {@code dir},
     * and the {@code PARTIQL} function.
     */
    static void declare(TableEnvironment tables, Path dir) {
        tables.executeSql(
                "CREATE TEMPORARY TABLE lines (payload STRING) WITH ('connector' = 'filesystem',"
                        + " 'path' = '"
                        + dir.toUri()
                        + "', 'format' = 'raw')");
        tables.executeSql(
                "CREATE TEMPORARY TABLE q1 (id BIGINT, country STRING, sku STRING,"
                        + " total DECIMAL(38, 18)) WITH ('connector' = 'filesystem', 'path' = '"
                        + dir.toUri()
                        + "', 'format' = 'partiql-json', 'partiql-json.query' = '"
                        + Workload.Q1.statement()
                        + "')");
        tables.executeSql(
                "CREATE TEMPORARY FUNCTION PARTIQL AS '"
                        + PartiQLTableFunction.class.getName()
                        + "'");
    }

    /** Our table function over the raw lines. */
    static Table function(TableEnvironment tables) {
        return tables.sqlQuery(
                "SELECT t.id, t.country, t.sku, t.total FROM lines AS l,"
                        + " LATERAL TABLE(PARTIQL('"
                        + TYPED_Q1
                        + "', l.payload)) AS t");
    }

    /** Our format. */
    static Table format(TableEnvironment tables) {
        return tables.sqlQuery("SELECT id, country, sku, total FROM q1");
    }

    /** Flink SQL's JSON functions over the raw lines (the query of the DataStream comparison). */
    static Table jsonFunctions(TableEnvironment tables) {
        return tables.sqlQuery(FlinkPipelineBenchmark.SQL.replace("FROM records", "FROM lines"));
    }

    /** {@code PARSE_JSON} and variant field access over the raw lines (see the class comment). */
    static Table variant(TableEnvironment tables) {
        return tables.sqlQuery(
                "SELECT v['id'] AS id, v['user']['country'] AS country, v['items'] AS items"
                        + " FROM (SELECT PARSE_JSON(payload) AS v FROM lines)");
    }
}
