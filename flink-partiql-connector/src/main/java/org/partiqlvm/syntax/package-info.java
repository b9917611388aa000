/**
 * The PartiQL front end: {@link org.partiqlvm.syntax.Parser} turns statement text into the
 * immutable syntax tree of {@code syntax.ast}, or throws a {@link
 * org.partiqlvm.syntax.ParseException} with line:column, what was expected, what was found and a
 * caret snippet (a {@link org.partiqlvm.error.PartiQLException} whose location is an {@link
 * org.partiqlvm.error.SourceSpan}). {@link org.partiqlvm.syntax.Lexer}, {@link
 * org.partiqlvm.syntax.Token} and {@link org.partiqlvm.syntax.Keywords} are public for tools such
 * as the AST printer (which needs to know what to quote). The grammar rules are package-private,
 * split by level: {@code TokenCursor} (token stream, nesting guard), {@code LiteralRules}, {@code
 * SpecialFormRules}, {@code ExpressionRules} and {@code Parser} (queries).
 *
 * <p>May import only {@code org.partiqlvm.value} and the neutral {@code org.partiqlvm.error}.
 */
package org.partiqlvm.syntax;
