/** {@code KafkaEtlJob}: the orders ETL from a Kafka topic to Kafka topics, exactly once. */
package org.partiqlvm.examples.kafka;
