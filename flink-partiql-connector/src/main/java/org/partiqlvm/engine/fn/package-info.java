/**
 * The scalar semantics of PartiQL: operators and built-in functions over {@link
 * org.partiqlvm.value.Slot}s, exactly as the PartiQL specification and the conformance suite define
 * them in both evaluation modes.
 *
 * <p>Families, one class each: {@link org.partiqlvm.engine.fn.Arithmetic} (with {@code
 * TemporalArithmetic}), {@link org.partiqlvm.engine.fn.Comparison} (with {@link
 * org.partiqlvm.engine.fn.Equality}), {@link org.partiqlvm.engine.fn.Logical}, {@link
 * org.partiqlvm.engine.fn.LikePredicate} / {@link org.partiqlvm.engine.fn.LikeMatcher}, {@link
 * org.partiqlvm.engine.fn.TypeTests}, {@link org.partiqlvm.engine.fn.Casts} / {@link
 * org.partiqlvm.value.CastTarget}, and the functions of {@link
 * org.partiqlvm.engine.fn.BuiltinFunctions} ({@code StringFunctions}, {@code NumericFunctions},
 * {@code ConditionalFunctions}, {@code CollectionFunctions}, {@code DateTimeFunctions}), plus the
 * {@link org.partiqlvm.engine.fn.Accumulator}s shared with SQL aggregation.
 *
 * <p>Errors go through a {@link org.partiqlvm.engine.fn.CallSite}: in permissive mode a type
 * mismatch or data error makes the result MISSING without creating an exception; in strict mode it
 * raises an {@link org.partiqlvm.engine.runtime.EvaluationException} naming the call and the type
 * found.
 *
 * <p>May import {@code org.partiqlvm.engine.runtime} (modes, limits, errors), {@code
 * org.partiqlvm.value} (slots) and {@code org.partiqlvm.error} (spans); never the syntax tree or
 * Flink.
 */
package org.partiqlvm.engine.fn;
