package org.partiqlvm.syntax;

import static org.partiqlvm.syntax.Precedence.ANY;
import static org.partiqlvm.syntax.Precedence.PREDICATE;

import org.partiqlvm.syntax.ast.Case;
import org.partiqlvm.syntax.ast.CaseArm;
import org.partiqlvm.syntax.ast.CastExpr;
import org.partiqlvm.syntax.ast.DateAdd;
import org.partiqlvm.syntax.ast.DateDiff;
import org.partiqlvm.syntax.ast.DateLiteral;
import org.partiqlvm.syntax.ast.Expr;
import org.partiqlvm.syntax.ast.Extract;
import org.partiqlvm.syntax.ast.IntervalLiteral;
import org.partiqlvm.syntax.ast.IntervalQualifier;
import org.partiqlvm.syntax.ast.Literal;
import org.partiqlvm.syntax.ast.Overlay;
import org.partiqlvm.syntax.ast.Position;
import org.partiqlvm.syntax.ast.Substring;
import org.partiqlvm.syntax.ast.TimeLiteral;
import org.partiqlvm.syntax.ast.TimestampLiteral;
import org.partiqlvm.syntax.ast.Trim;
import org.partiqlvm.syntax.ast.TypeName;

/**
 * The {@link AstPrinter}'s part for forms with their own syntax: CASE, the CAST family with type
 * names, TRIM, SUBSTRING, POSITION, OVERLAY, EXTRACT, DATE_ADD, DATE_DIFF, and the typed datetime
 * and interval literals.
 */
final class SpecialFormPrinter {

    private final AstPrinter printer;
    private final StringBuilder out;

    SpecialFormPrinter(AstPrinter printer, StringBuilder out) {
        this.printer = printer;
        this.out = out;
    }

    void caseExpr(Case caseExpr) {
        out.append("CASE");
        if (caseExpr.operand() != null) {
            out.append(' ');
            printer.expr(caseExpr.operand(), ANY);
        }
        for (CaseArm when : caseExpr.whens()) {
            out.append(' ');
            caseWhen(when);
        }
        if (caseExpr.otherwise() != null) {
            out.append(" ELSE ");
            printer.expr(caseExpr.otherwise(), ANY);
        }
        out.append(" END");
    }

    void caseWhen(CaseArm when) {
        out.append("WHEN ");
        printer.expr(when.condition(), ANY);
        out.append(" THEN ");
        printer.expr(when.result(), ANY);
    }

    /** {@code CAST(v AS t)}, {@code CAN_CAST(v AS t)}, {@code CAN_LOSSLESS_CAST(v AS t)}. */
    void cast(CastExpr cast) {
        out.append(cast.kind().name()).append('(');
        printer.expr(cast.value(), ANY);
        out.append(" AS ");
        typeName(cast.type());
        out.append(')');
    }

    /** {@code DECIMAL(5, 2)}, {@code TIME(3) WITH TIME ZONE}, {@code INTERVAL DAY TO SECOND}. */
    void typeName(TypeName type) {
        out.append(type.name());
        if (!type.parameters().isEmpty()) {
            out.append('(');
            printer.commaSeparated(type.parameters(), p -> out.append(p.intValue()));
            out.append(')');
        }
        if (type.interval() != null) {
            out.append(' ');
            intervalQualifier(type.interval());
        }
        if (type.withTimeZone()) {
            out.append(" WITH TIME ZONE");
        }
    }

    /** {@code YEAR}, {@code DAY(2) TO SECOND(3)}, {@code SECOND(2, 3)}. */
    void intervalQualifier(IntervalQualifier qualifier) {
        out.append(qualifier.start().name());
        if (qualifier.startPrecision() != null) {
            out.append('(').append(qualifier.startPrecision());
            if (qualifier.end() == null && qualifier.fractionalPrecision() != null) {
                out.append(", ").append(qualifier.fractionalPrecision());
            }
            out.append(')');
        }
        if (qualifier.end() != null) {
            out.append(" TO ").append(qualifier.end().name());
            if (qualifier.fractionalPrecision() != null) {
                out.append('(').append(qualifier.fractionalPrecision()).append(')');
            }
        }
    }

    /** {@code DATE '...'}, {@code TIME(p) WITH TIME ZONE '...'}, {@code INTERVAL '...' DAY}. */
    void datetimeLiteral(Literal literal) {
        if (literal instanceof DateLiteral date) {
            out.append("DATE ").append(Quoting.stringLiteral(date.text()));
        } else if (literal instanceof TimeLiteral time) {
            datetimeType("TIME", time.precision(), time.withTimeZone());
            out.append(' ').append(Quoting.stringLiteral(time.text()));
        } else if (literal instanceof TimestampLiteral timestamp) {
            datetimeType("TIMESTAMP", timestamp.precision(), timestamp.withTimeZone());
            out.append(' ').append(Quoting.stringLiteral(timestamp.text()));
        } else if (literal instanceof IntervalLiteral interval) {
            out.append("INTERVAL ").append(Quoting.stringLiteral(interval.text())).append(' ');
            intervalQualifier(interval.qualifier());
        } else {
            throw AstPrinter.cannotPrint(literal);
        }
    }

    private void datetimeType(String name, Integer precision, boolean withTimeZone) {
        out.append(name);
        if (precision != null) {
            out.append('(').append(precision).append(')');
        }
        if (withTimeZone) {
            out.append(" WITH TIME ZONE");
        }
    }

    /** {@code TRIM([spec] [characters] FROM source)} or {@code TRIM(source)}. */
    void trim(Trim trim) {
        out.append("TRIM(");
        if (trim.spec() == null && trim.characters() == null) {
            trimOperand(trim.source());
        } else {
            if (trim.spec() != null) {
                out.append(trim.spec().name()).append(' ');
                if (trim.characters() != null) {
                    afterSpec(trim.characters());
                    out.append(' ');
                }
            } else {
                trimOperand(trim.characters());
                out.append(' ');
            }
            out.append("FROM ");
            printer.expr(trim.source(), ANY);
        }
        out.append(')');
    }

    /**
     * The first operand when no spec is written. If its text starts with a word spelled like a spec
     * ({@code both}, {@code leading(x)}), it is parenthesized so the word is not read as one.
     */
    private void trimOperand(Expr operand) {
        int start = out.length();
        printer.expr(operand, ANY);
        for (Trim.Spec spec : Trim.Spec.values()) {
            if (startsWithWord(start, spec.name())) {
                out.insert(start, '(').append(')');
                return;
            }
        }
    }

    /**
     * The characters after a spec. The parser takes the spec word as a variable unless a primary or
     * FROM follows it, so an operand starting with a sign or NOT is parenthesized: {@code
     * TRIM(LEADING (-x) FROM s)}, not {@code leading - x}.
     */
    private void afterSpec(Expr characters) {
        int start = out.length();
        printer.expr(characters, ANY);
        char first = out.charAt(start);
        if (first == '+' || first == '-' || startsWithWord(start, "NOT")) {
            out.insert(start, '(').append(')');
        }
    }

    /** True if the text printed from {@code start} begins with the whole word {@code word}. */
    private boolean startsWithWord(int start, String word) {
        int end = start + word.length();
        return out.length() >= end
                && out.substring(start, end).equalsIgnoreCase(word)
                && (out.length() == end || !Quoting.isIdentifierPart(out.charAt(end)));
    }

    void substring(Substring substring) {
        out.append("SUBSTRING(");
        printer.expr(substring.value(), ANY);
        out.append(" FROM ");
        printer.expr(substring.start(), ANY);
        if (substring.length() != null) {
            out.append(" FOR ");
            printer.expr(substring.length(), ANY);
        }
        out.append(')');
    }

    /** The needle must bind tighter than {@code IN}: {@code POSITION((a IN b) IN c)}. */
    void position(Position position) {
        out.append("POSITION(");
        printer.expr(position.needle(), PREDICATE + 1);
        out.append(" IN ");
        printer.expr(position.haystack(), ANY);
        out.append(')');
    }

    void overlay(Overlay overlay) {
        out.append("OVERLAY(");
        printer.expr(overlay.value(), ANY);
        out.append(" PLACING ");
        printer.expr(overlay.replacement(), ANY);
        out.append(" FROM ");
        printer.expr(overlay.start(), ANY);
        if (overlay.length() != null) {
            out.append(" FOR ");
            printer.expr(overlay.length(), ANY);
        }
        out.append(')');
    }

    void extract(Extract extract) {
        out.append("EXTRACT(").append(extract.field().name()).append(" FROM ");
        printer.expr(extract.source(), ANY);
        out.append(')');
    }

    void dateAdd(DateAdd dateAdd) {
        out.append("DATE_ADD(").append(dateAdd.field().name()).append(", ");
        printer.expr(dateAdd.quantity(), ANY);
        out.append(", ");
        printer.expr(dateAdd.datetime(), ANY);
        out.append(')');
    }

    void dateDiff(DateDiff dateDiff) {
        out.append("DATE_DIFF(").append(dateDiff.field().name()).append(", ");
        printer.expr(dateDiff.from(), ANY);
        out.append(", ");
        printer.expr(dateDiff.to(), ANY);
        out.append(')');
    }
}
