/**
 * The PartiQL syntax tree: immutable records behind sealed interfaces ({@link
 * org.partiqlvm.syntax.ast.Statement}, {@link org.partiqlvm.syntax.ast.Expr}, {@link
 * org.partiqlvm.syntax.ast.FromItem}, ...), one node per file. Every node carries the {@link
 * org.partiqlvm.error.SourceSpan} it was parsed from as its last component; {@link
 * org.partiqlvm.syntax.ast.AstEquivalence} compares trees while ignoring spans.
 *
 * <p>Literals stay syntax-level data (a {@code BigDecimal}, the text of a {@code DATE}); turning
 * them into values is the planner's job. May import only {@code org.partiqlvm.syntax}.
 */
package org.partiqlvm.syntax.ast;
