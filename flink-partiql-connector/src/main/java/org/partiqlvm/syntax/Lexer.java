package org.partiqlvm.syntax;

import java.util.ArrayList;
import java.util.List;
import org.partiqlvm.error.SourceSpan;

/**
 * Splits PartiQL text into {@link Token}s, skipping whitespace and comments.
 *
 * <p>Hand-written and linear: each char is looked at a bounded number of times, with no regular
 * expressions. Lexical errors (an unterminated string, comment or Ion literal, a malformed number,
 * a stray character) are {@link ParseException}s pointing at the offending text.
 *
 * <p>Tokens: punctuation and operators; integers ({@code 42}) and decimals ({@code 1.5}, {@code
 * .5}, {@code 1.}, {@code 1e-3}); {@code 'strings'} with {@code ''} for a quote; {@code "quoted
 * identifiers"} with {@code ""} for a quote; {@code `Ion literals`} (scanned with Ion's own quoting
 * rules, so a backtick inside an Ion string does not end the literal); identifiers {@code
 * [A-Za-z_$][A-Za-z0-9_$]*}, which are keywords when they spell one (in any case). Comments are
 * {@code -- to end of line} and {@code /* ... *}{@code /} (not nested).
 */
public final class Lexer {

    private final String source;

    /** The token just read by {@link #scanToken()}. */
    private Token token;

    /** Index of the next char to read. */
    private int current;

    /** Start of the token being read. */
    private int start;

    /** 1-based line of {@link #current}, and the offset where that line starts. */
    private int line = 1;

    private int lineStart;

    /** Line and column where the token being read starts. */
    private int startLine;

    private int startColumn;

    /** A lexer positioned at the start of {@code source}; read it with {@link #next()}. */
    Lexer(String source) {
        this.source = source;
    }

    /**
     * Reads all tokens of {@code source}; the last one is always {@link TokenType#EOF}.
     *
     * @throws ParseException on a lexical error
     */
    public static List<Token> tokenize(String source) {
        Lexer lexer = new Lexer(source);
        List<Token> tokens = new ArrayList<>();
        Token token;
        do {
            token = lexer.next();
            tokens.add(token);
        } while (token.type() != TokenType.EOF);
        return List.copyOf(tokens);
    }

    /**
     * Reads the next token; at the end of the input, and from then on, an {@link TokenType#EOF}
     * token.
     *
     * @throws ParseException on a lexical error
     */
    Token next() {
        skipWhitespaceAndComments();
        markStart();
        if (isAtEnd()) {
            return new Token(TokenType.EOF, "", span());
        }
        scanToken();
        return token;
    }

    private void scanToken() {
        char c = advance();
        switch (c) {
            case '(' -> add(TokenType.LEFT_PAREN);
            case ')' -> add(TokenType.RIGHT_PAREN);
            case '[' -> add(TokenType.LEFT_BRACKET);
            case ']' -> add(TokenType.RIGHT_BRACKET);
            case '{' -> add(TokenType.LEFT_BRACE);
            case '}' -> add(TokenType.RIGHT_BRACE);
            case ',' -> add(TokenType.COMMA);
            case ':' -> add(TokenType.COLON);
            case ';' -> add(TokenType.SEMICOLON);
            case '*' -> add(TokenType.STAR);
            case '+' -> add(TokenType.PLUS);
            case '-' -> add(TokenType.MINUS);
            case '/' -> add(TokenType.SLASH);
            case '%' -> add(TokenType.PERCENT);
            case '=' -> add(TokenType.EQ);
            case '@' -> add(TokenType.AT_SIGN);
            case '?' -> add(TokenType.QUESTION_MARK);
            case '.' -> {
                if (isDigit(peek())) {
                    number();
                } else {
                    add(TokenType.DOT);
                }
            }
            case '|' -> {
                if (!match('|')) {
                    throw errorAtStart("unexpected character '|' (did you mean '||'?)");
                }
                add(TokenType.CONCAT);
            }
            case '!' -> {
                if (!match('=')) {
                    throw errorAtStart("unexpected character '!' (did you mean '!='?)");
                }
                add(TokenType.NE);
            }
            case '<' -> {
                if (match('<')) {
                    add(TokenType.BAG_OPEN);
                } else if (match('=')) {
                    add(TokenType.LE);
                } else if (match('>')) {
                    add(TokenType.NE);
                } else {
                    add(TokenType.LT);
                }
            }
            case '>' -> {
                if (match('>')) {
                    add(TokenType.BAG_CLOSE);
                } else if (match('=')) {
                    add(TokenType.GE);
                } else {
                    add(TokenType.GT);
                }
            }
            case '\'' -> string();
            case '"' -> quotedIdentifier();
            case '`' -> ionLiteral();
            default -> {
                if (isDigit(c)) {
                    number();
                } else if (isIdentifierStart(c)) {
                    identifier();
                } else {
                    throw unexpectedCharacter(c);
                }
            }
        }
    }

    private void skipWhitespaceAndComments() {
        while (!isAtEnd()) {
            char c = peek();
            if (c == '\n' || c == '\r') {
                newLine();
            } else if (c == ' ' || c == '\t' || c == '\f' || c == '\u000B') {
                current++;
            } else if (c == '-' && peekNext() == '-') {
                while (!isAtEnd() && peek() != '\n' && peek() != '\r') {
                    current++;
                }
            } else if (c == '/' && peekNext() == '*') {
                blockComment();
            } else {
                return;
            }
        }
    }

    private void blockComment() {
        markStart();
        current += 2;
        while (true) {
            if (isAtEnd()) {
                throw errorAtStart("unterminated comment: '/*' has no closing '*/'");
            }
            char c = peek();
            if (c == '*' && peekNext() == '/') {
                current += 2;
                return;
            }
            if (c == '\n' || c == '\r') {
                newLine();
            } else {
                current++;
            }
        }
    }

    /**
     * Consumes a line break ({@code \n}, {@code \r\n} or a lone {@code \r}) at {@link #current}.
     */
    private void newLine() {
        if (peek() == '\r' && peekNext() == '\n') {
            current++;
        }
        current++;
        line++;
        lineStart = current;
    }

    private void string() {
        quoted('\'', "unterminated string literal: missing closing quote (')");
        add(TokenType.STRING);
    }

    private void quotedIdentifier() {
        quoted('"', "unterminated quoted identifier: missing closing quote (\")");
        add(TokenType.QUOTED_IDENTIFIER);
    }

    /**
     * Skips to the closing {@code quote} of a string or quoted identifier; a doubled quote stands
     * for one quote character, and the text may span lines.
     */
    private void quoted(char quote, String unterminated) {
        while (true) {
            if (isAtEnd()) {
                throw errorAtStart(unterminated);
            }
            char c = peek();
            if (c == quote) {
                current++;
                if (peek() != quote) {
                    return;
                }
                current++;
            } else if (c == '\n' || c == '\r') {
                newLine();
            } else {
                current++;
            }
        }
    }

    /**
     * An Ion literal between backticks. Ion strings ({@code "..."}, {@code '''...'''}), quoted
     * symbols ({@code '...'}) and comments may contain a backtick, so they are skipped whole.
     */
    private void ionLiteral() {
        while (true) {
            if (isAtEnd()) {
                throw errorAtStart("unterminated Ion literal: missing closing backtick (`)");
            }
            char c = peek();
            if (c == '`') {
                current++;
                break;
            } else if (c == '"') {
                current++;
                skipIonQuoted('"');
            } else if (c == '\'' && peekNext() == '\'' && peekAt(2) == '\'') {
                current += 3;
                skipIonLongString();
            } else if (c == '\'') {
                current++;
                skipIonQuoted('\'');
            } else if (c == '/' && peekNext() == '/') {
                while (!isAtEnd() && peek() != '\n' && peek() != '\r') {
                    current++;
                }
            } else if (c == '/' && peekNext() == '*') {
                current += 2;
                while (!isAtEnd() && !(peek() == '*' && peekNext() == '/')) {
                    advanceAny();
                }
                current = Math.min(current + 2, source.length());
            } else {
                advanceAny();
            }
        }
        add(TokenType.ION_LITERAL);
    }

    /** Skips to just past the closing {@code quote}, honouring backslash escapes. */
    private void skipIonQuoted(char quote) {
        while (!isAtEnd()) {
            char c = peek();
            if (c == quote) {
                current++;
                return;
            }
            if (c == '\\') {
                current++;
                if (isAtEnd()) {
                    return;
                }
            }
            advanceAny();
        }
    }

    private void skipIonLongString() {
        while (!isAtEnd()) {
            if (peek() == '\'' && peekNext() == '\'' && peekAt(2) == '\'') {
                current += 3;
                return;
            }
            if (peek() == '\\') {
                current++;
                if (isAtEnd()) {
                    return;
                }
            }
            advanceAny();
        }
    }

    /** Advances one char, keeping the line count right. */
    private void advanceAny() {
        char c = peek();
        if (c == '\n' || c == '\r') {
            newLine();
        } else {
            current++;
        }
    }

    /**
     * A number: {@code digits [. digits] [e [+-] digits]} or {@code . digits [e ...]}. It is a
     * decimal if it has a point or an exponent, an integer otherwise.
     */
    private void number() {
        boolean decimal = source.charAt(start) == '.';
        while (isDigit(peek())) {
            current++;
        }
        if (!decimal && peek() == '.') {
            decimal = true;
            current++;
            while (isDigit(peek())) {
                current++;
            }
        }
        if (peek() == 'e' || peek() == 'E') {
            current++;
            if (peek() == '+' || peek() == '-') {
                current++;
            }
            if (!isDigit(peek())) {
                throw errorAtStart("malformed number '" + text() + "': the exponent has no digits");
            }
            while (isDigit(peek())) {
                current++;
            }
            decimal = true;
        }
        if (isIdentifierPart(peek())) {
            while (isIdentifierPart(peek())) {
                current++;
            }
            throw errorAtStart("malformed number '" + text() + "'");
        }
        add(decimal ? TokenType.DECIMAL : TokenType.INTEGER);
    }

    private void identifier() {
        while (isIdentifierPart(peek())) {
            current++;
        }
        TokenType keyword = Keywords.keyword(text());
        add(keyword == null ? TokenType.IDENTIFIER : keyword);
    }

    // ---- helpers --------------------------------------------------------------------------

    private void markStart() {
        start = current;
        startLine = line;
        startColumn = current - lineStart + 1;
    }

    private void add(TokenType type) {
        token = new Token(type, text(), span());
    }

    private String text() {
        return source.substring(start, current);
    }

    private SourceSpan span() {
        return new SourceSpan(start, current - start, startLine, startColumn);
    }

    private boolean isAtEnd() {
        return current >= source.length();
    }

    private char advance() {
        return source.charAt(current++);
    }

    private boolean match(char expected) {
        if (peek() != expected) {
            return false;
        }
        current++;
        return true;
    }

    /** The char at {@link #current}, or {@code '\0'} at the end (which matches nothing we test). */
    private char peek() {
        return peekAt(0);
    }

    private char peekNext() {
        return peekAt(1);
    }

    private char peekAt(int ahead) {
        int index = current + ahead;
        return index < source.length() ? source.charAt(index) : '\0';
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    private static boolean isIdentifierStart(char c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c == '_' || c == '$';
    }

    private static boolean isIdentifierPart(char c) {
        return isIdentifierStart(c) || isDigit(c);
    }

    private ParseException unexpectedCharacter(char c) {
        int codePoint =
                Character.isHighSurrogate(c) && !isAtEnd() && Character.isLowSurrogate(peek())
                        ? Character.toCodePoint(c, peek())
                        : c;
        String shown =
                Character.isISOControl(codePoint) || Character.isSurrogate(c) && codePoint == c
                        ? ""
                        : "'" + new String(Character.toChars(codePoint)) + "' ";
        return errorAtStart(String.format("unexpected character %s(U+%04X)", shown, codePoint));
    }

    /** An error at the start of the current token, with the span of what has been read. */
    private ParseException errorAtStart(String message) {
        return ParseException.at(
                message,
                new SourceSpan(start, Math.max(1, current - start), startLine, startColumn),
                source);
    }

    private ParseException error(String message) {
        return errorAtStart(message);
    }
}
