/**
 * Flink SQL: the {@code PARTIQL} table function, the {@code PARTIQL_VALUE} scalar function and the
 * {@code partiql-json} format. Each compiles its statement once, at planning time (a bad statement
 * is a {@link org.apache.flink.table.api.ValidationException} with the PartiQL line:column and a
 * caret), derives its SQL type from the statement ({@link SqlColumnTypes}) and runs records through
 * the same {@link org.partiqlvm.flink.PartiQLRecordRunner}, codecs, limits, bad-record policies and
 * {@code partiql} metrics as the DataStream operators.
 */
package org.partiqlvm.flink.table;
