/**
 * {@link org.partiqlvm.examples.rules.DynamicRulesJob}: order events checked against PartiQL rules
 * that change while the job runs.
 */
package org.partiqlvm.examples.rules;
