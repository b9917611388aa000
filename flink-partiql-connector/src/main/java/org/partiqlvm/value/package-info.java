/**
 * The PartiQL data model, the bottom layer of PartiQLVM.
 *
 * <ul>
 *   <li>{@link org.partiqlvm.value.ValueKind} and the immutable {@link org.partiqlvm.value.Value}
 *       hierarchy, one final class per kind ({@code MissingValue}, {@code NullValue}, {@code
 *       IntValue}, ..., {@code StructValue}), with shared constants, factories and typed accessors
 *       that let a VM navigate without casts or allocation;
 *   <li>{@link org.partiqlvm.value.Slot}, a reusable register cell;
 *   <li>semantics: {@link org.partiqlvm.value.ValueEquivalence} (GROUP BY / DISTINCT / conformance
 *       equality and hash), {@link org.partiqlvm.value.ValueOrdering} (the ORDER BY total order),
 *       {@link org.partiqlvm.value.NumericComparison} (exact comparison across INT, DECIMAL and
 *       FLOAT);
 *   <li>types with parameters: {@link org.partiqlvm.value.CastTarget} ({@code DECIMAL(5, 2)},
 *       {@code INTERVAL DAY TO SECOND}), what a CAST converts to and an IS tests for;
 *   <li>text: {@link org.partiqlvm.value.ValuePrinter} (PartiQL literal syntax) and {@link
 *       org.partiqlvm.value.TemporalText};
 *   <li>conversion: {@link org.partiqlvm.value.JavaValues}; codecs in {@code value.json} and {@code
 *       value.ion}, whose bad-input exception is {@link org.partiqlvm.value.ValueDecodeException}.
 * </ul>
 *
 * <p>Imports nothing else of ours (only the JDK, jackson-core and ion-java, the latter two in the
 * codec subpackages); every other layer builds on it.
 */
package org.partiqlvm.value;
