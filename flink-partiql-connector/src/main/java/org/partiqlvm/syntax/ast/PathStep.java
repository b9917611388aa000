package org.partiqlvm.syntax.ast;

/** One step of a {@link Path}. */
public sealed interface PathStep extends Node
        permits FieldStep, IndexStep, WildcardStep, UnpivotStep {}
