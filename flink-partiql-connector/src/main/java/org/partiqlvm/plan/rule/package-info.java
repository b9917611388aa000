/**
 * Rules applied to a finished logical plan, one per class: checks that reject a plan statically and
 * rewrites that return an equivalent plan.
 *
 * <p>May import only {@code org.partiqlvm.plan}, {@code org.partiqlvm.syntax} and {@code
 * org.partiqlvm.value}.
 */
package org.partiqlvm.plan.rule;
