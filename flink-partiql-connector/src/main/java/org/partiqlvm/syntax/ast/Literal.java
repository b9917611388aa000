package org.partiqlvm.syntax.ast;

/** A literal value written in the query; literals stay syntax-level data (no runtime values). */
public sealed interface Literal extends Expr
        permits NullLiteral,
                MissingLiteral,
                BoolLiteral,
                IntLiteral,
                DecimalLiteral,
                StringLiteral,
                IonLiteral,
                DateLiteral,
                TimeLiteral,
                TimestampLiteral,
                IntervalLiteral {}
