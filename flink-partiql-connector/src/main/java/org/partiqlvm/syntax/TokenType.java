package org.partiqlvm.syntax;

/**
 * The kinds of {@link Token}. Keyword constants are the reserved words the grammar itself uses;
 * other reserved words (see {@link Keywords}) and contextual words such as {@code LEADING} or
 * {@code YEAR} lex as {@link #IDENTIFIER}.
 */
public enum TokenType {
    // Punctuation and operators.
    LEFT_PAREN("'('", false),
    RIGHT_PAREN("')'", false),
    LEFT_BRACKET("'['", false),
    RIGHT_BRACKET("']'", false),
    LEFT_BRACE("'{'", false),
    RIGHT_BRACE("'}'", false),
    BAG_OPEN("'<<'", false),
    BAG_CLOSE("'>>'", false),
    COMMA("','", false),
    DOT("'.'", false),
    COLON("':'", false),
    SEMICOLON("';'", false),
    STAR("'*'", false),
    PLUS("'+'", false),
    MINUS("'-'", false),
    SLASH("'/'", false),
    PERCENT("'%'", false),
    CONCAT("'||'", false),
    EQ("'='", false),
    NE("'<>'", false),
    LT("'<'", false),
    LE("'<='", false),
    GT("'>'", false),
    GE("'>='", false),
    AT_SIGN("'@'", false),
    QUESTION_MARK("'?'", false),

    // Literals and names.
    INTEGER("an integer", false),
    DECIMAL("a decimal number", false),
    STRING("a string literal", false),
    ION_LITERAL("an Ion literal", false),
    IDENTIFIER("an identifier", false),
    QUOTED_IDENTIFIER("a quoted identifier", false),

    // Keywords (case-insensitive).
    SELECT("SELECT", true),
    FROM("FROM", true),
    WHERE("WHERE", true),
    GROUP("GROUP", true),
    BY("BY", true),
    HAVING("HAVING", true),
    ORDER("ORDER", true),
    LIMIT("LIMIT", true),
    OFFSET("OFFSET", true),
    AS("AS", true),
    AT("AT", true),
    VALUE("VALUE", true),
    DISTINCT("DISTINCT", true),
    ALL("ALL", true),
    PIVOT("PIVOT", true),
    UNPIVOT("UNPIVOT", true),
    LET("LET", true),
    EXCLUDE("EXCLUDE", true),
    JOIN("JOIN", true),
    INNER("INNER", true),
    LEFT("LEFT", true),
    RIGHT("RIGHT", true),
    FULL("FULL", true),
    OUTER("OUTER", true),
    CROSS("CROSS", true),
    ON("ON", true),
    LATERAL("LATERAL", true),
    PARTIAL("PARTIAL", true),
    UNION("UNION", true),
    INTERSECT("INTERSECT", true),
    EXCEPT("EXCEPT", true),
    CORRESPONDING("CORRESPONDING", true),
    ASC("ASC", true),
    DESC("DESC", true),
    NULLS("NULLS", true),
    FIRST("FIRST", true),
    LAST("LAST", true),
    AND("AND", true),
    OR("OR", true),
    NOT("NOT", true),
    IS("IS", true),
    IN("IN", true),
    LIKE("LIKE", true),
    OVERLAPS("OVERLAPS", true),
    ESCAPE("ESCAPE", true),
    BETWEEN("BETWEEN", true),
    CASE("CASE", true),
    WHEN("WHEN", true),
    THEN("THEN", true),
    ELSE("ELSE", true),
    END("END", true),
    CAST("CAST", true),
    CAN_CAST("CAN_CAST", true),
    CAN_LOSSLESS_CAST("CAN_LOSSLESS_CAST", true),
    NULL("NULL", true),
    MISSING("MISSING", true),
    TRUE("TRUE", true),
    FALSE("FALSE", true),
    DATE("DATE", true),
    TIME("TIME", true),
    TIMESTAMP("TIMESTAMP", true),
    INTERVAL("INTERVAL", true),
    WITH("WITH", true),
    ZONE("ZONE", true),
    TO("TO", true),
    FOR("FOR", true),
    TRIM("TRIM", true),
    SUBSTRING("SUBSTRING", true),
    POSITION("POSITION", true),
    OVERLAY("OVERLAY", true),
    EXTRACT("EXTRACT", true),
    DATE_ADD("DATE_ADD", true),
    DATE_DIFF("DATE_DIFF", true),
    LIST("LIST", true),
    SEXP("SEXP", true),
    BAG("BAG", true),
    VALUES("VALUES", true),
    TABLE("TABLE", true),

    /** The end of the input. */
    EOF("end of input", false);

    private final String description;
    private final boolean keyword;

    TokenType(String description, boolean keyword) {
        this.description = description;
        this.keyword = keyword;
    }

    /** How an error message names this kind of token, such as {@code "')'"} or {@code "FROM"}. */
    public String description() {
        return description;
    }

    /** True for the keyword constants, whose name is their (upper-case) spelling. */
    public boolean isKeyword() {
        return keyword;
    }
}
