package org.partiqlvm.syntax;

import java.math.BigDecimal;

/**
 * How names and literal values are spelled in PartiQL text, so that the {@link Lexer} reads them
 * back unchanged: quoted identifiers with {@code ""}, strings with {@code ''}, exact decimals.
 */
public final class Quoting {

    private Quoting() {}

    /**
     * A name as PartiQL text: double-quoted (with {@code "} doubled) when case-sensitive, bare
     * otherwise.
     *
     * <p>A case-insensitive name that cannot be written bare (a reserved word such as {@code
     * table}, or one with characters outside {@code [A-Za-z0-9_$]}) has no spelling that reads back
     * as case-insensitive; it is quoted, which keeps the text readable but makes it case-sensitive.
     */
    public static String identifier(String name, boolean caseSensitive) {
        if (!caseSensitive && isBareIdentifier(name) && !Keywords.isReserved(name)) {
            return name;
        }
        return quotedIdentifier(name);
    }

    /**
     * A field name after a {@code .}: like {@link #identifier}, except that reserved words the
     * parser accepts there ({@code t.value}, {@code r.user}, see {@link
     * Keywords#isFieldNameAfterDot}) stay bare.
     */
    public static String fieldName(String name, boolean caseSensitive) {
        if (!caseSensitive && isBareIdentifier(name) && Keywords.isFieldNameAfterDot(name)) {
            return name;
        }
        return identifier(name, caseSensitive);
    }

    /** {@code name} between double quotes, each {@code "} in it doubled. */
    public static String quotedIdentifier(String name) {
        return '"' + name.replace("\"", "\"\"") + '"';
    }

    /** {@code text} as a string literal: between single quotes, each {@code '} in it doubled. */
    public static String stringLiteral(String text) {
        return '\'' + text.replace("'", "''") + '\'';
    }

    /**
     * True if {@code word} lexes as one identifier or keyword token: {@code [A-Za-z_$]} followed by
     * {@code [A-Za-z0-9_$]*}.
     */
    public static boolean isBareIdentifier(String word) {
        if (word.isEmpty() || !isIdentifierStart(word.charAt(0))) {
            return false;
        }
        for (int i = 1; i < word.length(); i++) {
            if (!isIdentifierPart(word.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    /**
     * The digits of a non-negative decimal literal that reads back with the same value and scale:
     * {@code 1.50} stays {@code 1.50}, scale 0 is written {@code 7.}, a negative scale in exponent
     * form ({@code 1E+100}). A negative value gets a leading {@code -}, which a parser reads as
     * unary minus.
     */
    public static String decimalLiteral(BigDecimal value) {
        int scale = value.scale();
        if (scale > 0) {
            return value.toPlainString();
        }
        if (scale == 0) {
            return value.toPlainString() + ".";
        }
        // Negative scale: toString() writes an exponent (1E+100), which lexes as a decimal and
        // which new BigDecimal(String) maps back to the same unscaled value and scale.
        return value.toString();
    }

    /** True if {@code c} may continue an identifier: {@code [A-Za-z0-9_$]}. */
    static boolean isIdentifierPart(char c) {
        return isIdentifierStart(c) || c >= '0' && c <= '9';
    }

    private static boolean isIdentifierStart(char c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c == '_' || c == '$';
    }
}
