package org.partiqlvm.syntax;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.partiqlvm.error.SourceSpan;

class LexerTest {

    private static List<TokenType> types(String source) {
        return Lexer.tokenize(source).stream().map(Token::type).toList();
    }

    private static List<String> texts(String source) {
        return Lexer.tokenize(source).stream().map(Token::text).toList();
    }

    @Test
    void keywordsAreCaseInsensitiveAndOtherWordsAreIdentifiers() {
        assertThat(types("select FROM wHeRe foo upper"))
                .containsExactly(
                        TokenType.SELECT,
                        TokenType.FROM,
                        TokenType.WHERE,
                        TokenType.IDENTIFIER,
                        TokenType.IDENTIFIER,
                        TokenType.EOF);
    }

    @Test
    void operatorsUseTheLongestMatch() {
        assertThat(types("<< >> <= >= <> != < > || = <<<<>>>>"))
                .containsExactly(
                        TokenType.BAG_OPEN,
                        TokenType.BAG_CLOSE,
                        TokenType.LE,
                        TokenType.GE,
                        TokenType.NE,
                        TokenType.NE,
                        TokenType.LT,
                        TokenType.GT,
                        TokenType.CONCAT,
                        TokenType.EQ,
                        TokenType.BAG_OPEN,
                        TokenType.BAG_OPEN,
                        TokenType.BAG_CLOSE,
                        TokenType.BAG_CLOSE,
                        TokenType.EOF);
    }

    @Test
    void numbers() {
        assertThat(types("42 1.5 .5 1. 1e10 1E-3 2.5e+7"))
                .containsExactly(
                        TokenType.INTEGER,
                        TokenType.DECIMAL,
                        TokenType.DECIMAL,
                        TokenType.DECIMAL,
                        TokenType.DECIMAL,
                        TokenType.DECIMAL,
                        TokenType.DECIMAL,
                        TokenType.EOF);
    }

    @Test
    void pathDotsAreNotDecimals() {
        assertThat(types("a.b.*"))
                .containsExactly(
                        TokenType.IDENTIFIER,
                        TokenType.DOT,
                        TokenType.IDENTIFIER,
                        TokenType.DOT,
                        TokenType.STAR,
                        TokenType.EOF);
    }

    @Test
    void stringsAndQuotedIdentifiersKeepDoubledQuotes() {
        assertThat(texts("'it''s' \"a\"\"b\" ''"))
                .containsExactly("'it''s'", "\"a\"\"b\"", "''", "");
        assertThat(types("'x' \"x\""))
                .containsExactly(TokenType.STRING, TokenType.QUOTED_IDENTIFIER, TokenType.EOF);
    }

    @Test
    void ionLiteralsMayContainBackticksInsideIonStringsAndComments() {
        assertThat(texts("`{a: \"x`y\", b: 'q`s', c: '''l`n'''}` + 1"))
                .containsExactly("`{a: \"x`y\", b: 'q`s', c: '''l`n'''}`", "+", "1", "");
        assertThat(texts("`1 /* ` */` `2 // `\n`"))
                .containsExactly("`1 /* ` */`", "`2 // `\n`", "");
    }

    @Test
    void commentsAreSkipped() {
        assertThat(texts("a -- comment\n/* block\n comment */ b")).containsExactly("a", "b", "");
    }

    @Test
    void spansCarryOneBasedLineAndColumn() {
        List<Token> tokens = Lexer.tokenize("SELECT a\r\n  FROM\tt\rWHERE");
        assertThat(tokens.get(1).span()).isEqualTo(new SourceSpan(7, 1, 1, 8));
        assertThat(tokens.get(2).span()).isEqualTo(new SourceSpan(12, 4, 2, 3));
        assertThat(tokens.get(3).span()).isEqualTo(new SourceSpan(17, 1, 2, 8));
        assertThat(tokens.get(4).span()).isEqualTo(new SourceSpan(19, 5, 3, 1));
        assertThat(tokens.get(5).type()).isEqualTo(TokenType.EOF);
        assertThat(tokens.get(5).span().offset()).isEqualTo(24);
    }

    @Test
    void unterminatedTokensReportWhereTheyStart() {
        assertThatThrownBy(() -> Lexer.tokenize("SELECT\n  'abc"))
                .isInstanceOf(ParseException.class)
                .hasMessageContaining("unterminated string literal")
                .satisfies(e -> assertThat(((ParseException) e).getLine()).isEqualTo(2))
                .satisfies(e -> assertThat(((ParseException) e).getColumn()).isEqualTo(3));
        assertThatThrownBy(() -> Lexer.tokenize("a /* b"))
                .hasMessageContaining("unterminated comment");
        assertThatThrownBy(() -> Lexer.tokenize("\"abc"))
                .hasMessageContaining("unterminated quoted identifier");
        assertThatThrownBy(() -> Lexer.tokenize("`{a: 1}"))
                .hasMessageContaining("unterminated Ion literal");
    }

    @Test
    void malformedNumbersAndStrayCharactersAreErrors() {
        assertThatThrownBy(() -> Lexer.tokenize("1e+"))
                .isInstanceOf(ParseException.class)
                .hasMessageContaining("malformed number '1e+'");
        assertThatThrownBy(() -> Lexer.tokenize("12abc"))
                .hasMessageContaining("malformed number '12abc'");
        assertThatThrownBy(() -> Lexer.tokenize("a # b"))
                .hasMessageContaining("unexpected character '#' (U+0023)")
                .satisfies(e -> assertThat(((ParseException) e).getColumn()).isEqualTo(3));
        assertThatThrownBy(() -> Lexer.tokenize("a | b")).hasMessageContaining("'||'");
        assertThatThrownBy(() -> Lexer.tokenize("\u0000"))
                .hasMessageContaining("unexpected character (U+0000)");
        assertThatThrownBy(() -> Lexer.tokenize("\uD83D\uDCA9")).hasMessageContaining("(U+1F4A9)");
    }
}
