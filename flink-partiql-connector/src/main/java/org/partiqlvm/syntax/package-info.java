/**
 * The PartiQL front end: lexer, recursive-descent parser, immutable AST ({@code syntax.ast}), the
 * AST printer, and {@link org.partiqlvm.syntax.ParseException} with line:column and a caret
 * snippet.
 *
 * <p>May import only {@code org.partiqlvm.value}.
 */
package org.partiqlvm.syntax;
