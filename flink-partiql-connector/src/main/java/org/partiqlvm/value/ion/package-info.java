/**
 * Ion codec of the data model over ion-java's streaming {@code IonReader}/{@code IonWriter} (text
 * and binary) and its DOM: {@link org.partiqlvm.value.ion.IonValueReader} and {@link
 * org.partiqlvm.value.ion.IonValueWriter}, with exact Ion types and the PartiQL-in-Ion annotations
 * of the conformance suite ({@link org.partiqlvm.value.ion.IonAnnotations}).
 *
 * <p>Imports only {@code org.partiqlvm.value} of ours, and ion-java.
 */
package org.partiqlvm.value.ion;
