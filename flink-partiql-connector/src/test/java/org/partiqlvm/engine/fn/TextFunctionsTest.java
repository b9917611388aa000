package org.partiqlvm.engine.fn;

import static org.partiqlvm.engine.fn.Statements.assertDataError;
import static org.partiqlvm.engine.fn.Statements.assertGives;

import org.junit.jupiter.api.Test;

/** The extra string functions, end to end in both modes. */
class TextFunctionsTest {

    @Test
    void replace() {
        assertGives("REPLACE('aaa', 'a', 'bb')", "'bbbbbb'");
        assertGives("REPLACE('abc', '', 'x')", "'abc'");
        assertGives("REPLACE('abc', 'z', 'x')", "'abc'");
        assertGives("REPLACE(`sym`, 's', 'S')", "'Sym'");
        assertGives("REPLACE(NULL, 'a', 'b')", "NULL");
        assertGives("REPLACE('a', MISSING, 'b')", "MISSING");
        assertDataError("REPLACE('a', 1, 'b')", "REPLACE", "argument 2", "INT");
    }

    @Test
    void split() {
        assertGives("SPLIT('a,b', ',')", "['a', 'b']");
        assertGives("SPLIT(',', ',')", "['', '']");
        assertGives("SPLIT('', ',')", "['']");
        assertGives("SPLIT('a😀b', '')", "['a', '😀', 'b']");
        assertGives("SPLIT('a--b', '--')", "['a', 'b']");
        assertGives("SPLIT('ab', NULL)", "NULL");
        assertDataError("SPLIT(1, ',')", "SPLIT", "argument 1", "INT");
    }

    @Test
    void padding() {
        assertGives("LPAD('hi', 4, '??')", "'??hi'");
        assertGives("LPAD('hi', 1, '??')", "'h'");
        assertGives("LPAD('hi', 5)", "'   hi'");
        assertGives("RPAD('hi', 5, 'ab')", "'hiaba'");
        assertGives("RPAD('😀', 3, '😁')", "'😀😁😁'");
        assertGives("RPAD('hi', 5, '')", "'hi'");
        assertGives("LPAD('hi', NULL, 'x')", "NULL");
        assertDataError("LPAD('hi', -1, 'x')", "LPAD", "negative length");
        assertDataError("RPAD('hi', 100000000, 'x')", "RPAD", "exceeds the limit");
        assertDataError("LPAD('hi', '3')", "LPAD", "argument 2", "STRING");
    }

    @Test
    void leftAndRight() {
        assertGives("LEFT('abc', 2)", "'ab'");
        assertGives("LEFT('abc', 10)", "'abc'");
        assertGives("LEFT('abc', -1)", "''");
        assertGives("RIGHT('a😀c', 2)", "'😀c'");
        assertGives("RIGHT('abc', 0)", "''");
        assertGives("RIGHT('abc', 5)", "'abc'");
        assertGives("LEFT(MISSING, 1)", "MISSING");
        assertDataError("RIGHT('abc', 1.5)", "RIGHT", "argument 2", "DECIMAL");
    }

    @Test
    void initcapReverseAndAffixes() {
        assertGives("INITCAP('the QUICK brown_fox 2nd')", "'The Quick Brown_Fox 2nd'");
        assertGives("REVERSE('a😀b')", "'b😀a'");
        assertGives("STARTS_WITH('abc', '')", "true");
        assertGives("STARTS_WITH('abc', 'b')", "false");
        assertGives("ENDS_WITH('abc', 'bc')", "true");
        assertGives("ENDS_WITH(NULL, 'bc')", "NULL");
        assertDataError("INITCAP(1)", "INITCAP", "INT");
        assertDataError("STARTS_WITH('a', true)", "STARTS_WITH", "argument 2", "BOOL");
    }

    @Test
    void translate() {
        assertGives("TRANSLATE('abcabc', 'ab', 'xy')", "'xycxyc'");
        assertGives("TRANSLATE('abc', 'abc', 'x')", "'x'");
        assertGives("TRANSLATE('a😀', '😀', '!')", "'a!'");
        assertGives("TRANSLATE('abc', '', 'x')", "'abc'");
        assertDataError("TRANSLATE('abc', 'a', 1)", "TRANSLATE", "argument 3");
    }
}
