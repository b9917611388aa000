package org.partiqlvm.syntax.ast;

/**
 * {@code ALL} or {@code DISTINCT}, as written after SELECT, in an aggregate call or a set
 * operation.
 */
public enum SetQuantifier {
    ALL,
    DISTINCT
}
