package org.partiqlvm.plan;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.partiqlvm.error.SourceSpan;
import org.partiqlvm.plan.node.ArithmeticChainNode;
import org.partiqlvm.plan.node.BagNew;
import org.partiqlvm.plan.node.Between;
import org.partiqlvm.plan.node.Call;
import org.partiqlvm.plan.node.CaseNode;
import org.partiqlvm.plan.node.Cast;
import org.partiqlvm.plan.node.In;
import org.partiqlvm.plan.node.IsType;
import org.partiqlvm.plan.node.LikeNode;
import org.partiqlvm.plan.node.ListNew;
import org.partiqlvm.plan.node.Lit;
import org.partiqlvm.plan.node.Op;
import org.partiqlvm.plan.node.Operator;
import org.partiqlvm.plan.node.Param;
import org.partiqlvm.plan.node.PlanExpr;
import org.partiqlvm.plan.node.SexpNew;
import org.partiqlvm.plan.node.StructNew;
import org.partiqlvm.plan.node.Subquery;
import org.partiqlvm.plan.node.Var;
import org.partiqlvm.syntax.ast.ArithmeticChainExpr;
import org.partiqlvm.syntax.ast.BagCtor;
import org.partiqlvm.syntax.ast.BetweenExpr;
import org.partiqlvm.syntax.ast.Binary;
import org.partiqlvm.syntax.ast.CallExpr;
import org.partiqlvm.syntax.ast.CallStar;
import org.partiqlvm.syntax.ast.Case;
import org.partiqlvm.syntax.ast.CaseArm;
import org.partiqlvm.syntax.ast.CastExpr;
import org.partiqlvm.syntax.ast.DecimalLiteral;
import org.partiqlvm.syntax.ast.Expr;
import org.partiqlvm.syntax.ast.InExpr;
import org.partiqlvm.syntax.ast.IntLiteral;
import org.partiqlvm.syntax.ast.IsTypeExpr;
import org.partiqlvm.syntax.ast.LikeExpr;
import org.partiqlvm.syntax.ast.ListCtor;
import org.partiqlvm.syntax.ast.Literal;
import org.partiqlvm.syntax.ast.Parameter;
import org.partiqlvm.syntax.ast.Path;
import org.partiqlvm.syntax.ast.Select;
import org.partiqlvm.syntax.ast.SelectItemExpr;
import org.partiqlvm.syntax.ast.SelectList;
import org.partiqlvm.syntax.ast.SessionAttribute;
import org.partiqlvm.syntax.ast.SetOpExpr;
import org.partiqlvm.syntax.ast.SetQuantifier;
import org.partiqlvm.syntax.ast.SexpCtor;
import org.partiqlvm.syntax.ast.StructCtor;
import org.partiqlvm.syntax.ast.StructField;
import org.partiqlvm.syntax.ast.Unary;
import org.partiqlvm.syntax.ast.VarRef;
import org.partiqlvm.syntax.ast.With;
import org.partiqlvm.syntax.ast.WithBinding;
import org.partiqlvm.value.DecimalValue;
import org.partiqlvm.value.Value;

/**
 * Plans scalar expressions: resolves names, lowers special forms ({@link SpecialForms}) and paths
 * ({@link PathPlanner}), collects aggregates into the block's {@link Grouping}, and applies the
 * spec's subquery coercion.
 *
 * <p>Subquery coercion: a SQL-style subquery (a SELECT whose list has exactly one item, such as
 * {@code (SELECT COUNT(1) FROM t)}) used as an operand is coerced to the single value it yields
 * ({@link Subquery.Coercion#SCALAR}); on the right of IN it becomes the collection of its column
 * ({@link Subquery.Coercion#COLLECTION}). It stays a collection as a FROM source, a path root, the
 * statement itself, an argument of a collection function ({@code coll_*}, {@code exists}, {@code
 * cardinality}) and a set-operation operand.
 */
final class ExprPlanner {

    private final PlanningContext context;
    private final LiteralConverter literals;
    private final QueryPlanner queries;
    private final PathPlanner paths;
    private final SpecialForms specialForms;
    private final NameResolver names;

    ExprPlanner(PlanningContext context) {
        this.context = context;
        this.literals = new LiteralConverter(context);
        this.queries = new QueryPlanner(context, this);
        this.paths = new PathPlanner(context, this);
        this.specialForms = new SpecialForms(context, this);
        this.names = new NameResolver(context, queries);
    }

    PlanningContext context() {
        return context;
    }

    QueryPlanner queries() {
        return queries;
    }

    NameResolver names() {
        return names;
    }

    /** Plans an operand: a SQL-style subquery here yields its single value. */
    PlanExpr plan(Expr expr, Env env) {
        if (isSqlSubquery(expr)) {
            return new Subquery(
                    queries.query(expr, env.scope()), Subquery.Coercion.SCALAR, expr.span());
        }
        return planValue(expr, env);
    }

    /** Plans each of {@code exprs} as operands. */
    List<PlanExpr> planAll(List<Expr> exprs, Env env) {
        List<PlanExpr> planned = new ArrayList<>(exprs.size());
        for (Expr expr : exprs) {
            planned.add(plan(expr, env));
        }
        return planned;
    }

    /** Plans an expression without coercing it when it is a subquery. */
    PlanExpr planValue(Expr expr, Env env) {
        if (env.grouping() != null && !env.insideAggregate()) {
            Var key = matchGroupKey(expr, env);
            if (key != null) {
                return key;
            }
        }
        Env inner = env.inner();
        if (expr instanceof Literal literal) {
            return new Lit(literals.convert(literal), literal.span());
        } else if (expr instanceof VarRef ref) {
            return names.resolve(ref, env);
        } else if (expr instanceof Parameter parameter) {
            context.sawParameter(parameter.index());
            return new Param(parameter.index() - 1, parameter.span());
        } else if (expr instanceof Path path) {
            return paths.plan(path, env);
        } else if (expr instanceof CallExpr call) {
            return call(call, inner);
        } else if (expr instanceof CallStar star) {
            return aggregate(star.name(), null, false, star.span(), inner);
        } else if (expr instanceof Unary unary) {
            return unary(unary, inner);
        } else if (expr instanceof Binary binary) {
            return binary(binary, inner);
        } else if (expr instanceof ArithmeticChainExpr chain) {
            return arithmeticChain(chain, inner);
        } else if (expr instanceof LikeExpr like) {
            return new LikeNode(
                    plan(like.value(), inner),
                    plan(like.pattern(), inner),
                    like.escape() == null ? null : plan(like.escape(), inner),
                    like.not(),
                    like.span());
        } else if (expr instanceof BetweenExpr between) {
            return new Between(
                    plan(between.value(), inner),
                    plan(between.low(), inner),
                    plan(between.high(), inner),
                    between.not(),
                    between.span());
        } else if (expr instanceof InExpr in) {
            return in(in, inner);
        } else if (expr instanceof IsTypeExpr is) {
            return new IsType(
                    plan(is.value(), inner),
                    TypeNames.resolve(is.type(), context),
                    is.not(),
                    is.span());
        } else if (expr instanceof CastExpr cast) {
            TypeNames.check(cast.type(), context);
            return new Cast(
                    Cast.Kind.valueOf(cast.kind().name()),
                    plan(cast.value(), inner),
                    TypeNames.resolve(cast.type(), context),
                    cast.span());
        } else if (expr instanceof Case c) {
            return caseWhen(c, inner);
        } else if (expr instanceof StructCtor struct) {
            List<StructNew.Field> fields = new ArrayList<>();
            for (StructField field : struct.fields()) {
                fields.add(
                        new StructNew.Field(
                                structKey(field.key(), inner), plan(field.value(), inner)));
            }
            return new StructNew(fields, struct.span());
        } else if (expr instanceof ListCtor list) {
            return new ListNew(planAll(list.elements(), inner), list.span());
        } else if (expr instanceof BagCtor bag) {
            return new BagNew(planAll(bag.elements(), inner), bag.span());
        } else if (expr instanceof SexpCtor sexp) {
            return new SexpNew(planAll(sexp.elements(), inner), sexp.span());
        } else if (expr instanceof Select || expr instanceof SetOpExpr) {
            return queries.query(expr, env.scope());
        } else if (expr instanceof With with) {
            return with(with, env);
        } else if (expr instanceof SessionAttribute attribute) {
            String name = attribute.attribute().name().toLowerCase(Locale.ROOT);
            return new Call(name, List.of(), attribute.span());
        }
        return specialForms.lower(expr, inner);
    }

    /** Whether {@code expr} is a SELECT whose list has exactly one expression item. */
    static boolean isSqlSubquery(Expr expr) {
        return expr instanceof Select select
                && select.projection() instanceof SelectList list
                && list.items().size() == 1
                && list.items().get(0) instanceof SelectItemExpr;
    }

    // ---------------------------------------------------------------- names

    /**
     * A struct constructor's key. A bare name that is neither a variable nor a known global is the
     * field name itself, as in Ion ({@code {a: 1}} is {@code {'a': 1}}; the suite's {@code
     * exists({a: 1})} and {@code COLL_COUNT([5, {a:2, b:3}])} succeed in strict mode).
     */
    private PlanExpr structKey(Expr key, Env env) {
        if (key instanceof VarRef ref && !ref.local() && !names.isVariable(ref, env.scope())) {
            if (names.knownGlobal(ref.name(), ref.caseSensitive()) == null) {
                return new Lit(Value.ofString(ref.name()), ref.span());
            }
        }
        return plan(key, env);
    }

    /**
     * Plans a FROM source. A name that is a known global, alone or as the root of a path, means the
     * global even when a variable has that name (the suite's {@code SELECT COUNT(1) + (SELECT
     * SUM(numInStock) FROM products) FROM products} scans the global twice); {@code @name} means
     * the variable. A subquery here is not coerced.
     */
    PlanExpr fromSource(Expr source, Scope scope) {
        return planValue(source, Env.fromSource(scope));
    }

    /** {@code WITH name AS (query), ... body}: the body, with the names bound to the queries. */
    private PlanExpr with(With with, Env env) {
        Scope scope = Scope.block(env.scope());
        for (WithBinding binding : with.bindings()) {
            scope.declareQuery(binding.name().name(), binding.query());
        }
        Expr body = with.body();
        if (body instanceof Select || body instanceof SetOpExpr) {
            return queries.query(body, scope);
        }
        return planValue(body, new Env(scope, null, env.clause(), false, false));
    }

    // ---------------------------------------------------------------- grouping

    /** The GROUP BY key that {@code expr} computes, or null. */
    private Var matchGroupKey(Expr expr, Env env) {
        if (!env.grouping().hasKeys() || expr instanceof Literal || !Matchable.check(expr)) {
            return null;
        }
        PlanExpr before;
        try {
            before = planValue(expr, env.beforeGrouping());
        } catch (PlanningException e) {
            return null;
        }
        return env.grouping().matchKey(before, expr.span());
    }

    /** An aggregate call: planned over the input of the grouping, its result a variable. */
    PlanExpr aggregate(String written, Expr arg, boolean distinct, SourceSpan span, Env env) {
        String name = written.toLowerCase(Locale.ROOT);
        if (env.insideAggregate()) {
            throw context.error("aggregate functions cannot be nested", span);
        }
        if (arg == null && !name.equals("count")) {
            throw context.error("'*' is only allowed as the argument of COUNT(*)", span);
        }
        if (env.grouping() == null) {
            throw context.error(
                    "aggregate function "
                            + written.toUpperCase(Locale.ROOT)
                            + " is not allowed in "
                            + env.clause(),
                    span);
        }
        PlanExpr planned = arg == null ? null : plan(arg, env.aggregateArgument());
        return env.grouping().addCall(name, distinct, planned, span);
    }

    // ---------------------------------------------------------------- operators

    private PlanExpr call(CallExpr call, Env env) {
        String name = call.name().toLowerCase(Locale.ROOT);
        boolean distinct = call.quantifier() == SetQuantifier.DISTINCT;
        if (name.equals("row") && call.quantifier() == null) {
            return new ListNew(planAll(call.args(), env), call.span());
        }
        if (Aggregates.NAMES.contains(name)) {
            if (call.args().size() != 1) {
                throw context.error(
                        name.toUpperCase(Locale.ROOT) + " takes exactly one argument", call.span());
            }
            return aggregate(call.name(), call.args().get(0), distinct, call.span(), env);
        }
        PlanExpr lowered = specialForms.lowerCall(name, call, env);
        if (lowered != null) {
            return lowered;
        }
        boolean collectionFunction =
                name.startsWith("coll_") || name.equals("exists") || name.equals("cardinality");
        List<PlanExpr> args = new ArrayList<>();
        for (Expr arg : call.args()) {
            args.add(collectionFunction ? planValue(arg, env) : plan(arg, env));
        }
        if (call.quantifier() != null) {
            if (!name.startsWith("coll_")) {
                throw context.error(
                        call.quantifier()
                                + " is only allowed in aggregate and coll_* functions, not in "
                                + call.name(),
                        call.span());
            }
            if (args.size() != 1) {
                throw context.error(call.name() + " takes exactly one argument", call.span());
            }
            if (distinct) {
                args = List.of(new Call("coll_distinct", args, call.span()));
            }
        }
        return new Call(name, args, call.span());
    }

    private PlanExpr unary(Unary unary, Env env) {
        if (unary.op() == Unary.Op.MINUS) {
            if (unary.operand() instanceof IntLiteral i) {
                return new Lit(Value.ofBigInteger(i.value().negate()), unary.span());
            }
            if (unary.operand() instanceof DecimalLiteral d) {
                BigDecimal negated = d.value().negate().round(DecimalValue.DEFAULT_CONTEXT);
                return new Lit(Value.ofDecimal(negated), unary.span());
            }
        }
        Operator op =
                switch (unary.op()) {
                    case MINUS -> Operator.NEG;
                    case PLUS -> Operator.POS;
                    case NOT -> Operator.NOT;
                };
        return new Op(op, List.of(plan(unary.operand(), env)), unary.span());
    }

    private PlanExpr binary(Binary binary, Env env) {
        PlanExpr left = plan(binary.left(), env);
        PlanExpr right = plan(binary.right(), env);
        if (binary.op() == Binary.Op.CONCAT) {
            return new Call("concat", List.of(left, right), binary.span());
        }
        if (binary.op() == Binary.Op.OVERLAPS) {
            return new Call("overlaps", List.of(left, right), binary.span());
        }
        Operator op = Operator.valueOf(binary.op().name());
        return new Op(op, LiteralCoercion.operands(op, left, right), binary.span());
    }

    private PlanExpr arithmeticChain(ArithmeticChainExpr chain, Env env) {
        List<PlanExpr> args = new ArrayList<>(chain.operands().size());
        for (Expr operand : chain.operands()) {
            args.add(plan(operand, env));
        }
        List<Operator> ops = new ArrayList<>(chain.ops().size());
        for (Binary.Op op : chain.ops()) {
            ops.add(Operator.valueOf(op.name()));
        }
        return new ArithmeticChainNode(args, ops, chain.opSpans(), chain.span());
    }

    private PlanExpr in(InExpr in, Env env) {
        PlanExpr value = plan(in.value(), env);
        PlanExpr collection;
        if (isSqlSubquery(in.collection())) {
            collection =
                    new Subquery(
                            queries.query(in.collection(), env.scope()),
                            Subquery.Coercion.COLLECTION,
                            in.collection().span());
        } else {
            collection = planValue(in.collection(), env);
        }
        return new In(value, collection, in.not(), in.span());
    }

    private PlanExpr caseWhen(Case c, Env env) {
        PlanExpr operand = c.operand() == null ? null : plan(c.operand(), env);
        List<CaseNode.Branch> branches = new ArrayList<>();
        for (CaseArm when : c.whens()) {
            PlanExpr condition = plan(when.condition(), env);
            if (operand != null) {
                condition = new Op(Operator.EQ, List.of(operand, condition), when.span());
            }
            branches.add(new CaseNode.Branch(condition, plan(when.result(), env)));
        }
        PlanExpr otherwise =
                c.otherwise() == null ? new Lit(Value.NULL, c.span()) : plan(c.otherwise(), env);
        return new CaseNode(branches, otherwise, c.span());
    }
}
