/**
 * The PartiQL syntax tree: immutable records behind sealed interfaces ({@link
 * org.partiqlvm.syntax.ast.Statement}, {@link org.partiqlvm.syntax.ast.Expr}, {@link
 * org.partiqlvm.syntax.ast.FromItem}, ...), one node per file. Every node carries the {@link
 * org.partiqlvm.error.SourceSpan} it was parsed from as its last component and lists the nodes
 * directly inside it ({@link org.partiqlvm.syntax.ast.Node#children()}), so that tree walks need no
 * reflection.
 *
 * <p>Literals stay syntax-level data (a {@code BigDecimal}, the text of a {@code DATE}); turning
 * them into values is the planner's job. May import only {@code org.partiqlvm.syntax}.
 */
package org.partiqlvm.syntax.ast;
