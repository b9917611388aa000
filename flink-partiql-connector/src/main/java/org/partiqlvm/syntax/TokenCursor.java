package org.partiqlvm.syntax;

import java.util.ArrayList;
import java.util.List;
import org.partiqlvm.error.SourceSpan;

/**
 * The token stream under the parser: look-ahead, consumption, spans, errors and the nesting guard.
 * The grammar rules live in the subclasses ({@link LiteralRules} up to {@link Parser}).
 */
abstract class TokenCursor {

    /**
     * How deeply the parser may recurse: parentheses, brackets, subqueries, call arguments and
     * operands of looser-binding operators each take a level. It keeps a hostile statement (say
     * 100,000 open parentheses) from overflowing the stack: measured with the JVM interpreting the
     * parser ({@code -Xint}), a level takes about 1.2 KB of stack, so 200 levels fit a 512 KB
     * thread stack with room to spare.
     */
    static final int MAX_NESTING = 200;

    /**
     * How deep the syntax tree may get: {@link #MAX_NESTING} plus chains of left-associative
     * operators ({@code a + b + c}, comma joins) and runs of prefix operators ({@code NOT NOT x}),
     * which the parser reads in loops. Later passes that walk the tree recursively may rely on it.
     */
    static final int MAX_DEPTH = 1000;

    final String source;

    /** The tokens read so far; the lexer runs only as far as the parser looks. */
    private final List<Token> tokens = new ArrayList<>();

    private final Lexer lexer;
    private int position;
    private int nesting;
    private int depth;

    TokenCursor(String source) {
        this.source = source;
        this.lexer = new Lexer(source);
    }

    // ---- look-ahead ---------------------------------------------------------------------------

    /** The next token (EOF at the end). */
    final Token peek() {
        return tokenAt(position);
    }

    /** The token {@code ahead} tokens after the next one (EOF past the end). */
    final Token peek(int ahead) {
        return tokenAt(position + ahead);
    }

    /** The most recently consumed token. */
    final Token previous() {
        return tokens.get(position - 1);
    }

    final boolean check(TokenType type) {
        return peek().type() == type;
    }

    final boolean checkAhead(int ahead, TokenType type) {
        return peek(ahead).type() == type;
    }

    /** True if the next token is the unquoted contextual word {@code word} (any case). */
    final boolean checkWord(String word) {
        return peek().isWord(word);
    }

    final boolean isAtEnd() {
        return check(TokenType.EOF);
    }

    /** The index of the next token, for rules that scan ahead with {@link #tokenAt(int)}. */
    final int position() {
        return position;
    }

    /** The token at {@code index} (EOF past the end), lexing up to it if needed. */
    final Token tokenAt(int index) {
        while (index >= tokens.size()) {
            if (!tokens.isEmpty() && tokens.get(tokens.size() - 1).type() == TokenType.EOF) {
                return tokens.get(tokens.size() - 1);
            }
            tokens.add(lexer.next());
        }
        return tokens.get(index);
    }

    // ---- consumption --------------------------------------------------------------------------

    final Token advance() {
        Token token = peek();
        if (token.type() != TokenType.EOF) {
            position++;
        }
        return token;
    }

    /** Consumes the next token if it has type {@code type}. */
    final boolean match(TokenType type) {
        if (!check(type)) {
            return false;
        }
        advance();
        return true;
    }

    /** Consumes the next token if it is the contextual word {@code word}. */
    final boolean matchWord(String word) {
        if (!checkWord(word)) {
            return false;
        }
        advance();
        return true;
    }

    /** Consumes a token of type {@code type}, or fails with "expected ... but found ...". */
    final Token consume(TokenType type) {
        if (!check(type)) {
            throw expected(type.description());
        }
        return advance();
    }

    /** Consumes the contextual word {@code word}, or fails. */
    final Token consumeWord(String word) {
        if (!checkWord(word)) {
            throw expected(word);
        }
        return advance();
    }

    // ---- spans and errors ---------------------------------------------------------------------

    /** The span from the start of {@code first} to the end of the last consumed token. */
    final SourceSpan spanFrom(Token first) {
        return first.span().through(previous().span());
    }

    /** The error {@code expected <what> but found <next token>}. */
    final ParseException expected(String what) {
        return ParseException.expected(what, peek(), source);
    }

    final ParseException expected(String what, String hint) {
        return ParseException.expected(what, peek(), source, hint);
    }

    final ParseException errorAt(Token token, String message) {
        return ParseException.at(message, token.span(), source);
    }

    // ---- nesting guard ------------------------------------------------------------------------

    /** Enters one level of recursion at {@code token}; fails once past a limit. */
    final void enterNesting(Token token) {
        if (nesting == MAX_NESTING) {
            throw tooDeep(token, MAX_NESTING);
        }
        enter(1, token);
        nesting++;
    }

    final void exitNesting() {
        nesting--;
        exit(1);
    }

    /**
     * Adds {@code levels} to the tree depth at {@code token}; fails once past {@link #MAX_DEPTH}.
     */
    final void enter(int levels, Token token) {
        if (depth + levels > MAX_DEPTH) {
            throw tooDeep(token, MAX_DEPTH);
        }
        depth += levels;
    }

    final void exit(int levels) {
        depth -= levels;
    }

    /** The error for a statement nested beyond {@code limit}. */
    final ParseException tooDeep(Token token, int limit) {
        return errorAt(token, "query nested too deeply (limit " + limit + ")");
    }
}
