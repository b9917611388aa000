/**
 * The {@code partiql} command-line tool: runs one PartiQL statement over JSON or Ion records, per
 * record (the Flink operator's convention) or over the whole input as one table.
 */
package org.partiqlvm.examples.cli;
