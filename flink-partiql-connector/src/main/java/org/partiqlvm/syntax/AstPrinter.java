package org.partiqlvm.syntax;

import static org.partiqlvm.syntax.Precedence.ANY;
import static org.partiqlvm.syntax.Precedence.NOT;
import static org.partiqlvm.syntax.Precedence.PARENTHESIZED;
import static org.partiqlvm.syntax.Precedence.PREDICATE;
import static org.partiqlvm.syntax.Precedence.PRIMARY;
import static org.partiqlvm.syntax.Precedence.UNARY;
import static org.partiqlvm.syntax.Precedence.WITH;

import java.util.List;
import java.util.function.Consumer;
import org.partiqlvm.syntax.ast.ArithmeticChainExpr;
import org.partiqlvm.syntax.ast.BagCtor;
import org.partiqlvm.syntax.ast.BetweenExpr;
import org.partiqlvm.syntax.ast.Binary;
import org.partiqlvm.syntax.ast.BoolLiteral;
import org.partiqlvm.syntax.ast.CallExpr;
import org.partiqlvm.syntax.ast.CallStar;
import org.partiqlvm.syntax.ast.Case;
import org.partiqlvm.syntax.ast.CaseArm;
import org.partiqlvm.syntax.ast.CastExpr;
import org.partiqlvm.syntax.ast.Corresponding;
import org.partiqlvm.syntax.ast.DateAdd;
import org.partiqlvm.syntax.ast.DateDiff;
import org.partiqlvm.syntax.ast.DateLiteral;
import org.partiqlvm.syntax.ast.DecimalLiteral;
import org.partiqlvm.syntax.ast.ExcludeClause;
import org.partiqlvm.syntax.ast.ExcludePath;
import org.partiqlvm.syntax.ast.Expr;
import org.partiqlvm.syntax.ast.Extract;
import org.partiqlvm.syntax.ast.FieldStep;
import org.partiqlvm.syntax.ast.FromItem;
import org.partiqlvm.syntax.ast.GroupBy;
import org.partiqlvm.syntax.ast.GroupKey;
import org.partiqlvm.syntax.ast.Identifier;
import org.partiqlvm.syntax.ast.InExpr;
import org.partiqlvm.syntax.ast.IndexStep;
import org.partiqlvm.syntax.ast.IntLiteral;
import org.partiqlvm.syntax.ast.IntervalLiteral;
import org.partiqlvm.syntax.ast.IntervalQualifier;
import org.partiqlvm.syntax.ast.IonLiteral;
import org.partiqlvm.syntax.ast.IsTypeExpr;
import org.partiqlvm.syntax.ast.LetBinding;
import org.partiqlvm.syntax.ast.LikeExpr;
import org.partiqlvm.syntax.ast.ListCtor;
import org.partiqlvm.syntax.ast.Literal;
import org.partiqlvm.syntax.ast.MissingLiteral;
import org.partiqlvm.syntax.ast.Node;
import org.partiqlvm.syntax.ast.NullLiteral;
import org.partiqlvm.syntax.ast.OrderBy;
import org.partiqlvm.syntax.ast.Overlay;
import org.partiqlvm.syntax.ast.Parameter;
import org.partiqlvm.syntax.ast.Path;
import org.partiqlvm.syntax.ast.PathStep;
import org.partiqlvm.syntax.ast.Position;
import org.partiqlvm.syntax.ast.Projection;
import org.partiqlvm.syntax.ast.QueryStatement;
import org.partiqlvm.syntax.ast.Select;
import org.partiqlvm.syntax.ast.SelectItem;
import org.partiqlvm.syntax.ast.SessionAttribute;
import org.partiqlvm.syntax.ast.SetOpExpr;
import org.partiqlvm.syntax.ast.SexpCtor;
import org.partiqlvm.syntax.ast.SortSpec;
import org.partiqlvm.syntax.ast.StringLiteral;
import org.partiqlvm.syntax.ast.StructCtor;
import org.partiqlvm.syntax.ast.StructField;
import org.partiqlvm.syntax.ast.Substring;
import org.partiqlvm.syntax.ast.TimeLiteral;
import org.partiqlvm.syntax.ast.TimestampLiteral;
import org.partiqlvm.syntax.ast.Trim;
import org.partiqlvm.syntax.ast.TypeName;
import org.partiqlvm.syntax.ast.Unary;
import org.partiqlvm.syntax.ast.UnpivotStep;
import org.partiqlvm.syntax.ast.VarRef;
import org.partiqlvm.syntax.ast.WildcardStep;
import org.partiqlvm.syntax.ast.With;
import org.partiqlvm.syntax.ast.WithBinding;

/**
 * Turns a syntax tree back into PartiQL text that parses to an equivalent tree (equal ignoring
 * source spans): {@code Parser.parse(AstPrinter.print(ast))} matches {@code ast}.
 *
 * <p>The output is one line in canonical spelling: upper-case keywords, one space around binary
 * operators, {@code AS} before every alias, and parentheses only where {@link Precedence},
 * associativity or a clause boundary needs them ({@code (a + b) * c}, {@code a - (b - c)}, {@code
 * NOT (a AND b)}). Queries nested in expressions are always parenthesized. Also the basis of
 * EXPLAIN output. Expressions and paths are printed here; queries and their clauses by {@link
 * QueryPrinter}, the special forms and types by {@link SpecialFormPrinter}.
 *
 * <p>Only trees the parser can build are guaranteed to read back. Others print as close as the
 * syntax allows: a negative number literal with a leading {@code -} (read back as unary minus), a
 * case-insensitive name that is a reserved word quoted (read back as case-sensitive), a select item
 * {@code (t.*)} as written (read back as {@code t.*}).
 *
 * <pre>{@code
 * String text = AstPrinter.print(statement); // "SELECT t.a AS x FROM tbl AS t WHERE t.b > 1"
 * }</pre>
 */
public final class AstPrinter {

    private final StringBuilder out = new StringBuilder();
    private final QueryPrinter queries = new QueryPrinter(this, out);
    private final SpecialFormPrinter forms = new SpecialFormPrinter(this, out);

    private AstPrinter() {}

    /** PartiQL text for {@code node}: a statement, an expression or any clause of a query. */
    public static String print(Node node) {
        AstPrinter printer = new AstPrinter();
        printer.node(node);
        return printer.out.toString();
    }

    private void node(Node node) {
        if (node instanceof QueryStatement statement) {
            expr(statement.query(), WITH);
        } else if (node instanceof Expr expr) {
            expr(expr, WITH);
        } else if (node instanceof PathStep step) {
            pathStep(step);
        } else if (node instanceof Identifier identifier) {
            identifier(identifier);
        } else if (node instanceof StructField field) {
            structField(field);
        } else if (node instanceof TypeName type) {
            forms.typeName(type);
        } else if (node instanceof IntervalQualifier qualifier) {
            forms.intervalQualifier(qualifier);
        } else if (node instanceof CaseArm when) {
            forms.caseWhen(when);
        } else if (node instanceof FromItem item) {
            queries.fromItem(item);
        } else if (node instanceof Projection projection) {
            queries.projection(projection);
        } else if (node instanceof SelectItem item) {
            queries.selectItem(item);
        } else if (node instanceof ExcludeClause exclude) {
            queries.exclude(exclude);
        } else if (node instanceof ExcludePath path) {
            queries.excludePath(path);
        } else if (node instanceof LetBinding binding) {
            queries.letBinding(binding);
        } else if (node instanceof GroupBy groupBy) {
            queries.groupBy(groupBy);
        } else if (node instanceof GroupKey key) {
            queries.groupKey(key);
        } else if (node instanceof OrderBy orderBy) {
            queries.orderBy(orderBy);
        } else if (node instanceof SortSpec spec) {
            queries.sortSpec(spec);
        } else if (node instanceof Corresponding corresponding) {
            queries.corresponding(corresponding);
        } else if (node instanceof WithBinding binding) {
            queries.withBinding(binding);
        } else {
            throw cannotPrint(node);
        }
    }

    /** Prints {@code e}, in parentheses if it binds more weakly than {@code required}. */
    void expr(Expr e, int required) {
        boolean parens = Precedence.of(e) < required;
        if (parens) {
            out.append('(');
        }
        exprBody(e);
        if (parens) {
            out.append(')');
        }
    }

    private void exprBody(Expr e) {
        if (e instanceof Literal literal) {
            literal(literal);
        } else if (e instanceof VarRef ref) {
            varRef(ref);
        } else if (e instanceof Parameter) {
            out.append('?');
        } else if (e instanceof SessionAttribute attribute) {
            out.append(attribute.attribute().name());
        } else if (e instanceof Path path) {
            pathRoot(path.root());
            path.steps().forEach(this::pathStep);
        } else if (e instanceof CallExpr call) {
            call(call);
        } else if (e instanceof CallStar call) {
            out.append(functionName(call.name())).append("(*)");
        } else if (e instanceof Unary unary) {
            unary(unary);
        } else if (e instanceof Binary binary) {
            binary(binary);
        } else if (e instanceof ArithmeticChainExpr chain) {
            arithmeticChain(chain);
        } else if (e instanceof LikeExpr like) {
            like(like);
        } else if (e instanceof BetweenExpr between) {
            between(between);
        } else if (e instanceof InExpr in) {
            in(in);
        } else if (e instanceof IsTypeExpr isType) {
            expr(isType.value(), PREDICATE + 1);
            out.append(isType.not() ? " IS NOT " : " IS ");
            forms.typeName(isType.type());
        } else if (e instanceof StructCtor struct) {
            out.append('{');
            commaSeparated(struct.fields(), this::structField);
            out.append('}');
        } else if (e instanceof ListCtor list) {
            out.append('[');
            exprList(list.elements());
            out.append(']');
        } else if (e instanceof BagCtor bag) {
            out.append("<<");
            exprList(bag.elements());
            out.append(">>");
        } else if (e instanceof SexpCtor sexp) {
            out.append("SEXP(");
            exprList(sexp.elements());
            out.append(')');
        } else if (e instanceof Select select) {
            queries.select(select);
        } else if (e instanceof SetOpExpr setOp) {
            queries.setOp(setOp);
        } else if (e instanceof With with) {
            queries.with(with);
        } else {
            specialForm(e);
        }
    }

    private void specialForm(Expr e) {
        if (e instanceof Case caseExpr) {
            forms.caseExpr(caseExpr);
        } else if (e instanceof CastExpr cast) {
            forms.cast(cast);
        } else if (e instanceof Trim trim) {
            forms.trim(trim);
        } else if (e instanceof Substring substring) {
            forms.substring(substring);
        } else if (e instanceof Position position) {
            forms.position(position);
        } else if (e instanceof Overlay overlay) {
            forms.overlay(overlay);
        } else if (e instanceof Extract extract) {
            forms.extract(extract);
        } else if (e instanceof DateAdd dateAdd) {
            forms.dateAdd(dateAdd);
        } else if (e instanceof DateDiff dateDiff) {
            forms.dateDiff(dateDiff);
        } else {
            throw cannotPrint(e);
        }
    }

    private void literal(Literal literal) {
        if (literal instanceof NullLiteral) {
            out.append("NULL");
        } else if (literal instanceof MissingLiteral) {
            out.append("MISSING");
        } else if (literal instanceof BoolLiteral bool) {
            out.append(bool.value() ? "TRUE" : "FALSE");
        } else if (literal instanceof IntLiteral integer) {
            out.append(integer.value());
        } else if (literal instanceof DecimalLiteral decimal) {
            out.append(Quoting.decimalLiteral(decimal.value()));
        } else if (literal instanceof StringLiteral string) {
            out.append(Quoting.stringLiteral(string.value()));
        } else if (literal instanceof IonLiteral ion) {
            // The lexer skips Ion strings, symbols and comments whole, so a backtick inside them
            // reads back as written: there is nothing to escape.
            out.append('`').append(ion.ionText()).append('`');
        } else {
            forms.datetimeLiteral(literal);
        }
    }

    void varRef(VarRef ref) {
        if (ref.local()) {
            out.append('@');
        }
        out.append(Quoting.identifier(ref.name(), ref.caseSensitive()));
    }

    void identifier(Identifier identifier) {
        out.append(Quoting.identifier(identifier.name(), identifier.caseSensitive()));
    }

    /**
     * A path root or the source of {@code source.*}: bare if it is a primary that steps may follow
     * directly. A root that is itself a path is parenthesized, or its steps would merge with ours;
     * so are numbers ({@code 1.a} lexes as {@code 1.} then {@code a}) and typed literals.
     */
    void pathRoot(Expr root) {
        boolean bare =
                Precedence.of(root) == PRIMARY
                        && !(root instanceof Path)
                        && !(root instanceof IntLiteral)
                        && !(root instanceof DecimalLiteral)
                        && !(root instanceof DateLiteral)
                        && !(root instanceof TimeLiteral)
                        && !(root instanceof TimestampLiteral)
                        && !(root instanceof IntervalLiteral);
        expr(root, bare ? PRIMARY : PARENTHESIZED);
    }

    void pathStep(PathStep step) {
        if (step instanceof FieldStep field) {
            out.append('.').append(Quoting.fieldName(field.name(), field.caseSensitive()));
        } else if (step instanceof IndexStep index) {
            out.append('[');
            expr(index.index(), ANY);
            out.append(']');
        } else if (step instanceof WildcardStep) {
            out.append("[*]");
        } else if (step instanceof UnpivotStep) {
            out.append(".*");
        } else {
            throw cannotPrint(step);
        }
    }

    private void call(CallExpr call) {
        out.append(functionName(call.name())).append('(');
        if (call.quantifier() != null) {
            out.append(call.quantifier().name()).append(' ');
        }
        exprList(call.args());
        out.append(')');
    }

    /** A function name is written as is: reserved words such as {@code UPPER} may name one. */
    private static String functionName(String name) {
        return Quoting.isBareIdentifier(name) ? name : Quoting.quotedIdentifier(name);
    }

    private void unary(Unary unary) {
        out.append(unary.op().symbol());
        if (unary.op() == Unary.Op.NOT) {
            out.append(' ');
            expr(unary.operand(), NOT);
            return;
        }
        int start = out.length();
        expr(unary.operand(), UNARY);
        if (unary.op() == Unary.Op.MINUS && out.length() > start && out.charAt(start) == '-') {
            out.insert(start, '(').append(')'); // "--" would start a comment: -(-1)
        }
    }

    /**
     * Operators chain to the left ({@code a - b - c}), so only the right operand must bind tighter;
     * comparisons never chain, so both operands of one must.
     */
    private void binary(Binary binary) {
        int level = Precedence.of(binary.op());
        expr(binary.left(), level == PREDICATE ? level + 1 : level);
        out.append(' ').append(binary.op().symbol()).append(' ');
        expr(binary.right(), level + 1);
    }

    /** Printed like the left-deep {@link Binary} tree it stands for: {@code a + b - c ...}. */
    private void arithmeticChain(ArithmeticChainExpr chain) {
        int level = Precedence.of(chain.ops().get(0));
        expr(chain.operands().get(0), level);
        for (int i = 0; i < chain.ops().size(); i++) {
            out.append(' ').append(chain.ops().get(i).symbol()).append(' ');
            expr(chain.operands().get(i + 1), level + 1);
        }
    }

    private void like(LikeExpr like) {
        expr(like.value(), PREDICATE + 1);
        out.append(like.not() ? " NOT LIKE " : " LIKE ");
        expr(like.pattern(), PREDICATE + 1);
        if (like.escape() != null) {
            out.append(" ESCAPE ");
            expr(like.escape(), PREDICATE + 1);
        }
    }

    private void between(BetweenExpr between) {
        expr(between.value(), PREDICATE + 1);
        out.append(between.not() ? " NOT BETWEEN " : " BETWEEN ");
        expr(between.low(), PREDICATE + 1);
        out.append(" AND ");
        expr(between.high(), PREDICATE + 1);
    }

    /**
     * {@code x IN (a, b)} for two or more elements; {@code [a]} keeps a one-element list a list.
     */
    private void in(InExpr in) {
        expr(in.value(), PREDICATE + 1);
        out.append(in.not() ? " NOT IN " : " IN ");
        if (in.collection() instanceof ListCtor list && list.elements().size() >= 2) {
            out.append('(');
            exprList(list.elements());
            out.append(')');
        } else {
            expr(in.collection(), PREDICATE + 1);
        }
    }

    private void structField(StructField field) {
        expr(field.key(), ANY);
        out.append(": ");
        expr(field.value(), ANY);
    }

    void exprList(List<Expr> elements) {
        commaSeparated(elements, e -> expr(e, ANY));
    }

    /** Prints each item with {@code printer}, separated by {@code ", "}. */
    <T> void commaSeparated(List<T> items, Consumer<T> printer) {
        for (int i = 0; i < items.size(); i++) {
            if (i > 0) {
                out.append(", ");
            }
            printer.accept(items.get(i));
        }
    }

    static IllegalArgumentException cannotPrint(Node node) {
        return new IllegalArgumentException("cannot print " + node.getClass().getSimpleName());
    }
}
