/**
 * The orders ETL of {@code examples.etl} in Flink SQL: {@link org.partiqlvm.examples.sql.SqlJob}.
 */
package org.partiqlvm.examples.sql;
