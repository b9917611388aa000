package org.partiqlvm.syntax.ast;

/** A complete PartiQL statement. */
public sealed interface Statement extends Node permits QueryStatement {}
