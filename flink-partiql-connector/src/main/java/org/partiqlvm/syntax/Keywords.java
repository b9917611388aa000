package org.partiqlvm.syntax;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * PartiQL's reserved words: the SQL-92 reserved words plus PartiQL's own (MISSING, PIVOT, LIMIT,
 * the Ion type names, ...). A reserved word cannot be an unquoted variable, alias or path step
 * ({@code t."table"} works, {@code t.table} does not), but may name a function ({@code UPPER(s)}).
 *
 * <p>Words the grammar uses are {@link TokenType} keywords; the rest lex as identifiers and are
 * checked here. Contextual words ({@code LEADING}, {@code YEAR}, {@code PLACING}, ...) are not
 * reserved.
 */
public final class Keywords {

    /** Reserved words that are not {@link TokenType} keywords (they lex as identifiers). */
    private static final Set<String> OTHER_RESERVED =
            Set.of(
                    ("ABSOLUTE ACTION ADD ALLOCATE ALTER ANY ARE ASSERTION "
                                    + "AUTHORIZATION AVG BEGIN BIGINT BIT BIT_LENGTH BLOB BOOL BOOLEAN "
                                    + "CASCADE CASCADED CATALOG CHAR CHARACTER CHARACTER_LENGTH "
                                    + "CHAR_LENGTH CHECK CLOB CLOSE COALESCE COLLATE COLLATION COLUMN "
                                    + "COMMIT CONFLICT CONNECT CONNECTION CONSTRAINT CONSTRAINTS "
                                    + "CONTINUE CONVERT COUNT CREATE CURRENT CURRENT_DATE CURRENT_TIME "
                                    + "CURRENT_TIMESTAMP CURRENT_USER CURSOR DEALLOCATE DEC DECIMAL "
                                    + "DECLARE DEFAULT DEFERRABLE DEFERRED DELETE DESCRIBE DESCRIPTOR "
                                    + "DIAGNOSTICS DISCONNECT DO DOMAIN DOUBLE DROP EXCEPTION EXCLUDED "
                                    + "EXEC EXECUTE EXISTS EXTERNAL FETCH FLOAT FOREIGN FOUND GET GLOBAL "
                                    + "GO GOTO GRANT IDENTITY IMMEDIATE INDEX INDICATOR INITIALLY INPUT "
                                    + "INSENSITIVE INSERT INT INT2 INT4 INT8 INTEGER INTEGER2 INTEGER4 "
                                    + "INTEGER8 INTO ISOLATION KEY LANGUAGE LEVEL LOCAL LOWER MATCH MAX "
                                    + "MIN MODIFIED MODULE NAMES NATIONAL NATURAL NCHAR NEW NEXT NO "
                                    + "NOTHING NULLIF NUMERIC OCTET_LENGTH OF OLD ONLY OPEN OPTION "
                                    + "OUTPUT PAD PRECISION PREPARE PRESERVE PRIMARY PRIOR PRIVILEGES "
                                    + "PROCEDURE PUBLIC READ REAL REFERENCES RELATIVE REMOVE REPLACE "
                                    + "RESTRICT RETURNING REVOKE ROLLBACK ROWS SCHEMA SCROLL SECTION "
                                    + "SESSION SESSION_USER SET SHORTEST SIZE SMALLINT SOME SPACE SQL "
                                    + "SQLCODE SQLERROR SQLSTATE STRING STRUCT SUM SYMBOL SYSTEM_USER "
                                    + "TEMPORARY TRANSACTION TRANSLATE TRANSLATION TUPLE UNIQUE UNKNOWN "
                                    + "UPDATE UPPER USAGE USER USING VARCHAR VARYING VIEW WHENEVER WORK "
                                    + "WRITE")
                            .split(" "));

    private static final Map<String, TokenType> KEYWORDS = keywordTable();

    /**
     * Grammar keywords that name a type or a value and may follow a {@code .} as a field name:
     * records commonly have fields called {@code date}, {@code time}, {@code timestamp} or {@code
     * value}, and after a dot they cannot be misread.
     */
    private static final Set<TokenType> FIELD_NAME_KEYWORDS =
            Set.of(
                    TokenType.DATE,
                    TokenType.TIME,
                    TokenType.TIMESTAMP,
                    TokenType.VALUE,
                    TokenType.LIST,
                    TokenType.BAG,
                    TokenType.SEXP);

    private Keywords() {}

    /** True if {@code word} (any case) is reserved and so must be quoted to be used as a name. */
    public static boolean isReserved(String word) {
        String upper = word.toUpperCase(Locale.ROOT);
        return KEYWORDS.containsKey(upper) || OTHER_RESERVED.contains(upper);
    }

    /**
     * True if {@code word} (any case) may be written unquoted as a field name after a {@code .}:
     * any unreserved word; any reserved word the grammar itself never uses (SQL-92's {@code USER},
     * {@code COUNT}, {@code KEY}, ...); and the type and value keywords {@code DATE}, {@code TIME},
     * {@code TIMESTAMP}, {@code VALUE}, {@code LIST}, {@code BAG}, {@code SEXP}. Clause keywords
     * such as {@code TABLE} or {@code SELECT} stay reserved ({@code t.table} is a syntax error, as
     * the conformance suite requires). The field name stays case-insensitive.
     */
    public static boolean isFieldNameAfterDot(String word) {
        TokenType keyword = keyword(word);
        return keyword == null || FIELD_NAME_KEYWORDS.contains(keyword);
    }

    /** The keyword token type spelled {@code word} (any case), or null if it is not a keyword. */
    static TokenType keyword(String word) {
        return KEYWORDS.get(word.toUpperCase(Locale.ROOT));
    }

    private static Map<String, TokenType> keywordTable() {
        Map<String, TokenType> table = new HashMap<>();
        for (TokenType type : TokenType.values()) {
            if (type.isKeyword()) {
                table.put(type.name(), type);
            }
        }
        return Map.copyOf(table);
    }
}
