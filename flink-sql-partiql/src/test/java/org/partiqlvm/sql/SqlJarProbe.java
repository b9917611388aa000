package org.partiqlvm.sql;

import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.flink.table.api.EnvironmentSettings;
import org.apache.flink.table.api.TableEnvironment;
import org.apache.flink.types.Row;
import org.apache.flink.util.CloseableIterator;

/**
 * Run by {@link SqlJarITCase} in a JVM whose class path is Flink and, in mode {@code classpath},
 * the SQL jar: registers the functions by SQL text ({@code CREATE FUNCTION ... AS}, or with {@code
 * USING JAR} in mode {@code using-jar}), reads a table in the {@code partiql-json} format, and
 * prints each row on a line starting with {@code ROW }.
 */
public final class SqlJarProbe {

    private SqlJarProbe() {}

    /** {@code mode jarPath dataDir}. */
    public static void main(String[] args) throws Exception {
        String mode = args[0];
        String jar = args[1];
        Path data = Path.of(args[2]);
        Files.createDirectories(data);
        Files.writeString(
                data.resolve("orders.jsonl"),
                "{\"id\": 1, \"lines\": [{\"sku\": \"a\", \"qty\": 2}, {\"sku\": \"b\", \"qty\": 0}]}\n"
                        + "{\"id\": 2, \"lines\": [{\"sku\": \"c\", \"qty\": 5}]}\n");
        try {
            Class.forName("com.fasterxml.jackson.core.JsonFactory");
            System.out.println("UNSHADED jackson-core on the class path");
        } catch (ClassNotFoundException expected) {
            System.out.println("NO-JACKSON");
        }
        TableEnvironment env = TableEnvironment.create(EnvironmentSettings.inBatchMode());
        env.getConfig().set("parallelism.default", "1");
        String using = mode.equals("using-jar") ? " USING JAR '" + jar + "'" : "";
        env.executeSql(
                "CREATE TEMPORARY FUNCTION partiql AS"
                        + " 'org.partiqlvm.flink.table.PartiQLTableFunction'"
                        + using);
        env.executeSql(
                "CREATE TEMPORARY VIEW msgs(payload) AS VALUES ('{\"lines\": [{\"sku\": \"x\"},"
                        + " {\"sku\": \"y\"}]}')");
        print(
                env,
                "SELECT t.sku FROM msgs AS r, LATERAL TABLE(partiql('SELECT CAST(l.sku AS STRING)"
                        + " AS sku FROM stream AS o, o.lines AS l', r.payload)) AS t");
        if (mode.equals("classpath")) {
            env.executeSql(
                    "CREATE TEMPORARY TABLE lines (id BIGINT, sku STRING, qty INT) WITH ("
                            + "'connector' = 'filesystem', 'path' = '"
                            + data.toUri()
                            + "', 'format' = 'partiql-json', 'partiql-json.query' = 'SELECT"
                            + " o.id, l.sku, l.qty FROM stream AS o, o.lines AS l WHERE l.qty >"
                            + " 0')");
            print(env, "SELECT * FROM lines");
        }
    }

    private static void print(TableEnvironment env, String query) throws Exception {
        try (CloseableIterator<Row> it = env.executeSql(query).collect()) {
            it.forEachRemaining(r -> System.out.println("ROW " + r));
        }
    }
}
