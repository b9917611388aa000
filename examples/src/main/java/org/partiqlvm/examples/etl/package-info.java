/**
 * {@link org.partiqlvm.examples.etl.OrdersEtlJob}, the main example: a Flink job that transforms
 * web-shop orders with one PartiQL statement, with its sample-data generator.
 */
package org.partiqlvm.examples.etl;
