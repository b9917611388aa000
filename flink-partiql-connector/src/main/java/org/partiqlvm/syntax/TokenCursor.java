package org.partiqlvm.syntax;

import java.util.List;

/**
 * The token stream under the parser: look-ahead, consumption, spans, errors and the nesting guard.
 * The grammar rules live in the subclasses ({@link LiteralRules} up to {@link Parser}).
 */
abstract class TokenCursor {

    /**
     * How deeply expressions may nest (parentheses, subqueries, prefix operators, operator chains).
     * It bounds both the parser's recursion, so that a hostile statement gives a {@link
     * ParseException} instead of a {@link StackOverflowError} even on a 512 KB thread stack, and
     * the depth of the tree that later passes walk recursively.
     */
    static final int MAX_DEPTH = 1000;

    final String source;
    private final List<Token> tokens;
    private int position;
    private int depth;

    TokenCursor(String source) {
        this.source = source;
        this.tokens = Lexer.tokenize(source);
    }

    // ---- look-ahead ---------------------------------------------------------------------------

    /** The next token (EOF at the end). */
    final Token peek() {
        return tokens.get(position);
    }

    /** The token {@code ahead} tokens after the next one (EOF past the end). */
    final Token peek(int ahead) {
        return tokens.get(Math.min(position + ahead, tokens.size() - 1));
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

    final Token tokenAt(int index) {
        return tokens.get(Math.min(index, tokens.size() - 1));
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

    /**
     * Enters {@code levels} nesting levels; fails at {@code token} once past {@link #MAX_DEPTH}.
     */
    final void enter(int levels, Token token) {
        depth += levels;
        if (depth > MAX_DEPTH) {
            depth -= levels;
            throw errorAt(token, "query nested too deeply (limit " + MAX_DEPTH + ")");
        }
    }

    final void exit(int levels) {
        depth -= levels;
    }
}
