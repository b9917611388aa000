package org.partiqlvm.benchmarks;

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
     * The examples' {@code queries/orders-etl.partiql} over orders ({@link OrderRecordGenerator}):
     * computed values per row (LOWER, TRIM, UPPER, COALESCE, an exact DECIMAL line total).
     */
    Q5(
            "SELECT o.order_id AS order_id, o.placed_at AS placed_at,"
                    + " LOWER(TRIM(o.customer.email)) AS email,"
                    + " COALESCE(o.customer.tier, 'standard') AS tier,"
                    + " UPPER(COALESCE(o.customer.address.country, 'unknown')) AS country,"
                    + " l.sku AS sku, l.qty AS qty, l.unit_price AS unit_price,"
                    + " COALESCE(l.discount_pct, 0) AS discount_pct,"
                    + " CAST(l.qty * l.unit_price * (100 - COALESCE(l.discount_pct, 0)) / 100"
                    + " AS DECIMAL(12, 2)) AS line_total"
                    + " FROM stream AS o, o.lines AS l"
                    + " WHERE o.status <> 'cancelled' AND l.qty > 0",
            false);

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

    /** {@code n} input records for this workload, generated from {@code seed}. */
    public byte[][] records(int n, long seed) {
        if (this == Q5) {
            return OrderRecordGenerator.orders(n, seed);
        }
        return large ? RecordGenerator.large(n, seed) : RecordGenerator.small(n, seed);
    }
}
