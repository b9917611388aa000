package org.partiqlvm.syntax.ast;

/** The SELECT clause of a {@link Select}: a list, {@code VALUE}, {@code *} or {@code PIVOT}. */
public sealed interface Projection extends Node
        permits SelectList, SelectValue, SelectStar, PivotProjection {}
