package org.partiqlvm.syntax.ast;

import java.util.List;
import org.partiqlvm.error.SourceSpan;

/**
 * A syntax tree node: every node knows the span of text it was parsed from and the nodes directly
 * inside it. The hierarchy is sealed, so a tree walk over {@link #children()} sees every kind of
 * node.
 */
public sealed interface Node
        permits Expr,
                PathStep,
                FromItem,
                Statement,
                Projection,
                SelectItem,
                CaseArm,
                Corresponding,
                ExcludeClause,
                ExcludePath,
                GroupBy,
                GroupKey,
                Identifier,
                IntervalQualifier,
                LetBinding,
                OrderBy,
                SortSpec,
                StructField,
                TypeName,
                WithBinding {

    /** Where this node was written in the statement text. */
    SourceSpan span();

    /**
     * The nodes directly inside this one, in the order of its components, without the absent (null)
     * ones. Tree walks use this instead of reflection, so a new node must say what it holds.
     */
    List<Node> children();
}
