/**
 * The PartiQL data model: value kinds (MISSING, NULL, scalars, LIST, BAG, STRUCT), immutable
 * values, reusable slots, equality/ordering/hashing, and the JSON and Ion codecs.
 *
 * <p>Imports nothing else of ours; every other layer builds on it.
 */
package org.partiqlvm.value;
