package org.partiqlvm.syntax.ast;

import org.partiqlvm.error.SourceSpan;

/** A syntax tree node: every node knows the span of text it was parsed from. */
public interface Node {

    /** Where this node was written in the statement text. */
    SourceSpan span();
}
