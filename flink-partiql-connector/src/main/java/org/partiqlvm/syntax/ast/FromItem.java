package org.partiqlvm.syntax.ast;

/** A FROM clause source: a scan, an unpivot or a join. */
public sealed interface FromItem extends Node permits FromScan, FromUnpivot, FromJoin {}
