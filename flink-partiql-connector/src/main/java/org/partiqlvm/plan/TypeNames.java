package org.partiqlvm.plan;

import java.util.List;
import org.partiqlvm.syntax.ast.DatetimeField;
import org.partiqlvm.syntax.ast.IntervalQualifier;
import org.partiqlvm.syntax.ast.TypeName;
import org.partiqlvm.value.CastTarget;
import org.partiqlvm.value.IntervalField;

/**
 * Resolves the types written in CAST and IS ({@code DECIMAL(5, 2)}, {@code INTERVAL DAY TO SECOND})
 * into the {@link CastTarget} the plan carries: the one place that reads the syntax of a type, so
 * that the engine knows no syntax tree.
 */
final class TypeNames {

    private TypeNames() {}

    /** Static checks of a type's parameters: {@code DECIMAL(p, s)} needs {@code 0 <= s <= p}. */
    static void check(TypeName type, PlanningContext context) {
        List<Integer> parameters = type.parameters();
        switch (type.name()) {
            case "DECIMAL", "NUMERIC", "DEC" -> {
                if (parameters.size() > 2) {
                    throw context.error(type.name() + " takes at most two parameters", type.span());
                }
                if (!parameters.isEmpty() && parameters.get(0) < 1) {
                    throw context.error(type.name() + " precision must be at least 1", type.span());
                }
                if (parameters.size() == 2
                        && (parameters.get(1) < 0 || parameters.get(1) > parameters.get(0))) {
                    throw context.error(
                            type.name()
                                    + " scale must be between 0 and the precision "
                                    + parameters.get(0),
                            type.span());
                }
            }
            case "CHAR", "CHARACTER", "VARCHAR", "CHARACTER VARYING", "FLOAT" -> {
                if (parameters.size() > 1 || !parameters.isEmpty() && parameters.get(0) < 1) {
                    throw context.error(
                            type.name() + " takes one positive length parameter", type.span());
                }
            }
            case "TIME", "TIMESTAMP" -> {
                if (parameters.size() > 1
                        || !parameters.isEmpty()
                                && (parameters.get(0) < 0 || parameters.get(0) > 9)) {
                    throw context.error(
                            type.name() + " precision must be between 0 and 9", type.span());
                }
            }
            default -> {}
        }
    }

    /**
     * The type a type name denotes.
     *
     * @throws PlanningException for an unknown name or bad parameters, at the name's position
     */
    static CastTarget resolve(TypeName type, PlanningContext context) {
        try {
            return build(type);
        } catch (IllegalArgumentException e) {
            throw context.error(e.getMessage(), type.span());
        }
    }

    private static CastTarget build(TypeName t) {
        List<Integer> p = t.parameters();
        String n = t.name();
        switch (n) {
            case "NULL":
            case "MISSING":
            case "ANY":
            case "BOOL":
            case "SMALLINT":
            case "INT":
            case "BIGINT":
            case "REAL":
            case "STRING":
            case "SYMBOL":
            case "BLOB":
            case "CLOB":
            case "DATE":
            case "LIST":
            case "BAG":
            case "SEXP":
            case "STRUCT":
                return simple(CastTarget.Type.valueOf(n), t);
            case "BOOLEAN":
                return simple(CastTarget.Type.BOOL, t);
            case "INT2":
            case "INTEGER2":
                return simple(CastTarget.Type.SMALLINT, t);
            case "INTEGER":
            case "INT4":
            case "INTEGER4":
                return simple(CastTarget.Type.INT, t);
            case "INT8":
            case "INTEGER8":
                return simple(CastTarget.Type.BIGINT, t);
            case "ARRAY":
                return simple(CastTarget.Type.LIST, t);
            case "TUPLE":
                return simple(CastTarget.Type.STRUCT, t);
            case "DOUBLE PRECISION":
                return simple(CastTarget.Type.DOUBLE, t);
            case "FLOAT":
                if (p.isEmpty()) {
                    return CastTarget.of(CastTarget.Type.DOUBLE);
                }
                int bits = p.get(0);
                if (bits < 1 || bits > 53) {
                    throw new IllegalArgumentException(
                            "FLOAT precision must be 1..53, got " + bits);
                }
                return CastTarget.of(bits <= 24 ? CastTarget.Type.REAL : CastTarget.Type.DOUBLE);
            case "DECIMAL":
            case "DEC":
            case "NUMERIC":
                return CastTarget.decimal(
                        p.isEmpty() ? CastTarget.UNSPECIFIED : p.get(0),
                        p.size() < 2 ? CastTarget.UNSPECIFIED : p.get(1));
            case "VARCHAR":
            case "CHARACTER VARYING":
            case "CHAR VARYING":
                return CastTarget.text(
                        CastTarget.Type.VARCHAR, p.isEmpty() ? CastTarget.UNSPECIFIED : p.get(0));
            case "CHAR":
            case "CHARACTER":
                return CastTarget.text(
                        CastTarget.Type.CHAR, p.isEmpty() ? CastTarget.UNSPECIFIED : p.get(0));
            case "TIME":
            case "TIMESTAMP":
                return CastTarget.datetime(
                        CastTarget.Type.valueOf(n),
                        p.isEmpty() ? CastTarget.UNSPECIFIED : p.get(0),
                        t.withTimeZone());
            case "INTERVAL":
                IntervalQualifier q = t.interval();
                if (q == null) {
                    throw new IllegalArgumentException(
                            "INTERVAL needs its fields, e.g. INTERVAL DAY TO SECOND");
                }
                return CastTarget.interval(
                        field(q.start()),
                        q.startPrecision() == null ? CastTarget.UNSPECIFIED : q.startPrecision(),
                        q.end() == null ? null : field(q.end()),
                        q.fractionalPrecision() == null
                                ? CastTarget.UNSPECIFIED
                                : q.fractionalPrecision());
            default:
                throw new IllegalArgumentException(
                        "unknown type "
                                + n
                                + "; expected BOOL, SMALLINT, INT, BIGINT, DECIMAL, REAL, FLOAT,"
                                + " DOUBLE PRECISION, STRING, VARCHAR, CHAR, SYMBOL, BLOB, CLOB,"
                                + " DATE, TIME, TIMESTAMP, INTERVAL, LIST, BAG, SEXP, STRUCT, ANY,"
                                + " NULL or MISSING");
        }
    }

    private static CastTarget simple(CastTarget.Type type, TypeName t) {
        if (!t.parameters().isEmpty()) {
            throw new IllegalArgumentException(t.name() + " takes no parameters");
        }
        return CastTarget.of(type);
    }

    /** The interval field of a datetime field; TIMEZONE_HOUR and TIMEZONE_MINUTE are none. */
    private static IntervalField field(DatetimeField f) {
        IntervalField field = LiteralConverter.intervalField(f);
        if (field == null) {
            throw new IllegalArgumentException("no interval of " + f);
        }
        return field;
    }
}
