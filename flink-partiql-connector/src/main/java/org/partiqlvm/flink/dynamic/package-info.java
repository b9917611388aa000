/**
 * Queries added, replaced and removed while a job runs: {@link
 * org.partiqlvm.flink.dynamic.PartiQLBroadcastFunction} evaluates every active query on every
 * record, driven by a broadcast stream of {@link org.partiqlvm.flink.dynamic.QueryUpdate}s.
 */
package org.partiqlvm.flink.dynamic;
