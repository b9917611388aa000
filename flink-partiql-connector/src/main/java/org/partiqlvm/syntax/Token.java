package org.partiqlvm.syntax;

import java.util.Objects;
import org.partiqlvm.error.SourceSpan;

/**
 * One lexical token.
 *
 * @param type what kind of token
 * @param text the source text of the token, exactly as written (quotes included)
 * @param span where it was written
 */
public record Token(TokenType type, String text, SourceSpan span) {

    public Token {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(span, "span");
    }

    /** True if this is an unquoted identifier spelled {@code word}, ignoring case. */
    public boolean isWord(String word) {
        return type == TokenType.IDENTIFIER && text.equalsIgnoreCase(word);
    }

    @Override
    public String toString() {
        return type + " '" + text + "' at " + span;
    }
}
