/**
 * Apache Flink integration: the PartiQL flat-map, process and broadcast operators, record codecs,
 * bad-record policies, metrics and the SQL table function.
 *
 * <p>The only package of ours that may import {@code org.apache.flink}.
 */
package org.partiqlvm.flink;
