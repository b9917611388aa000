/**
 * Apache Flink integration: the PartiQL flat-map, process and broadcast operators, record codecs,
 * bad-record policies and metrics; the SQL table function, scalar function and {@code partiql-json}
 * format are in {@link org.partiqlvm.flink.table}.
 *
 * <p>This package and its subpackages are the only ones of ours that may import {@code
 * org.apache.flink}.
 */
package org.partiqlvm.flink;
