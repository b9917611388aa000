/**
 * What every layer needs to report an error about a statement: {@link
 * org.partiqlvm.error.PartiQLException}, the base of every error PartiQLVM throws about a statement
 * (syntax, planning and evaluation errors), and {@link org.partiqlvm.error.SourceSpan}, where in
 * the statement text a node or an error is (with the caret snippet the exception renders).
 *
 * <p>Neutral: it imports nothing of ours, and every layer ({@code value}, {@code syntax}, {@code
 * plan}, {@code engine}, {@code flink}) may import it.
 */
package org.partiqlvm.error;
