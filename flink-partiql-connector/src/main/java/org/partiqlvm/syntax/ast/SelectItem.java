package org.partiqlvm.syntax.ast;

/** One item of a {@link SelectList}. */
public sealed interface SelectItem extends Node permits SelectItemExpr, SelectItemAll {}
