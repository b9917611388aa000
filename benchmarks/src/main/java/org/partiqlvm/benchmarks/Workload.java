package org.partiqlvm.benchmarks;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * The benchmark queries (Q1–Q4 of issue 6, Q5 of issue 14), each with its PartiQL statement and its
 * input. Every contender computes the same rows, checked by {@code ContenderEquivalenceTest}.
 */
public enum Workload {
    /** Unnest + filter + project over small records. */
    Q1(
            "SELECT r.id, r.user.country AS country, i.sku, i.qty * i.price AS total"
                    + " FROM stream AS r, r.items AS i WHERE i.qty > 0",
            false),
    /** An aggregate inside each record (one row per record with items). */
    Q2(
            "SELECT r.id, SUM(i.qty * i.price) AS total"
                    + " FROM stream AS r, r.items AS i GROUP BY r.id",
            false),
    /** Flat filter + project over small records. */
    Q3(
            "SELECT r.id, r.user.country AS country, r.amount FROM stream AS r WHERE r.amount > 50",
            false),
    /** Q1 over large (~10 KB) records that are mostly fields the query does not read. */
    Q4(Q1.statement, true),
    /**
     * The examples' {@code queries/orders-etl.partiql} (read from the examples' resources, the
     * orders bound as {@code stream}) over their orders ({@link OrderRecordGenerator}): computed
     * values per row (LOWER, TRIM, UPPER, COALESCE, an exact DECIMAL line total).
     */
    Q5(examplesStatement("/queries/orders-etl.partiql", "orders", "stream"), false);

    private final String statement;
    private final boolean large;

    Workload(String statement, boolean large) {
        this.statement = statement;
        this.large = large;
    }

    /** The PartiQL statement; each record is bound as a one-element bag named {@code stream}. */
    public String statement() {
        return statement;
    }

    /** The shape of the workload without the data size: Q4 computes what Q1 does. */
    public Workload shape() {
        return this == Q4 ? Q1 : this;
    }

    /**
     * The statement in the class-path resource {@code resource} without its comment lines, reading
     * {@code FROM table AS} as {@code FROM stream AS}.
     */
    private static String examplesStatement(String resource, String table, String stream) {
        try (InputStream in = Workload.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("no resource " + resource);
            }
            StringBuilder statement = new StringBuilder();
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (!line.strip().startsWith("--") && !line.isBlank()) {
                    statement.append(statement.length() == 0 ? "" : " ").append(line.strip());
                }
            }
            return statement
                    .toString()
                    .replace("FROM " + table + " AS ", "FROM " + stream + " AS ");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** {@code n} input records for this workload, generated from {@code seed}. */
    public byte[][] records(int n, long seed) {
        if (this == Q5) {
            return OrderRecordGenerator.orders(n, seed);
        }
        return large ? RecordGenerator.large(n, seed) : RecordGenerator.small(n, seed);
    }
}
