package org.partiqlvm.engine.fn;

import static org.assertj.core.api.Assertions.assertThat;
import static org.partiqlvm.engine.fn.FnTesting.assertCall;
import static org.partiqlvm.engine.fn.FnTesting.assertCallError;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** String functions, with cases from char_length.ion, substring.ion, trim.ion, overlay.ion, ... */
class StringFunctionsTest {

    @ParameterizedTest(name = "{0}({1}) = {2}")
    @CsvSource(
            delimiter = '|',
            quoteCharacter = '^',
            textBlock =
                    """
                    char_length | "" | 0
                    char_length | "avião" | 5
                    char_length | "eࠫ" | 2
                    char_length | "😁😞😸😸" | 4
                    character_length | "話家身圧費谷料村能計税金" | 12
                    char_length | sym | 3
                    octet_length | "" | 0
                    octet_length | "français" | 9
                    octet_length | "😁" | 4
                    octet_length | {{"abc"}} | 3
                    bit_length | "abc" | 24
                    bit_length | "français" | 72
                    upper | "abcß" | "ABCSS"
                    lower | "ÀB" | "àb"
                    upper | sym | "SYM"
                    trim | "   foobar   " | "foobar"
                    trim_both | "\\tfoo " | "\\tfoo"
                    char_length | null | null
                    upper | MISSING | MISSING
                    """)
    void oneArgument(String function, String arg, String expected) {
        assertCall(expected, function, arg);
    }

    @ParameterizedTest(name = "substring({0}, {1}) = {2}")
    @CsvSource(
            delimiter = '|',
            quoteCharacter = '^',
            textBlock =
                    """
                    "123456789" | 0 | "123456789"
                    "123456789" | 2 | "23456789"
                    "123456789" | -4 | "123456789"
                    "" | -1 | ""
                    "😁😞😸😸" | 3 | "😸😸"
                    "👩🏽" | 2 | "🏽"
                    "abc" | 99 | ""
                    "abc" | 99999999999999999999 | ""
                    "abc" | -99999999999999999999 | "abc"
                    """)
    void substringFrom(String s, String start, String expected) {
        assertCall(expected, "substring", s, start);
    }

    @ParameterizedTest(name = "substring({0}, {1}, {2}) = {3}")
    @CsvSource(
            delimiter = '|',
            quoteCharacter = '^',
            textBlock =
                    """
                    "123456789" | 0 | 999 | "123456789"
                    "123456789" | 0 | 2 | "1"
                    "123456789" | 2 | 3 | "234"
                    "123456789" | -4 | 6 | "1"
                    "1" | -4 | 1 | ""
                    "1" | 1 | 0 | ""
                    "話家身圧費谷料村能計税金" | 6 | 2 | "谷料"
                    "👩🏽" | 1 | 1 | "👩"
                    "abc" | 2 | 9223372036854775807 | "bc"
                    "" | 1 | null | null
                    null | 1 | MISSING | MISSING
                    """)
    void substringFromFor(String s, String start, String length, String expected) {
        assertCall(expected, "substring", s, start, length);
    }

    @Test
    void substringErrors() {
        assertCallError("negative substring length -11", "substring", "\"1\"", "4", "-11");
        assertCallError("argument 2 must be INT, found DECIMAL", "substring", "\"1\"", "1.0");
        assertCallError("argument 1 must be STRING or SYMBOL, found INT", "substring", "1", "1");
        // A known argument of a wrong type is an error even next to an unknown.
        assertCallError("found STRING", "substring", "null", "\"1\"");
    }

    @ParameterizedTest(name = "{0}({1}, {2}) = {3}")
    @CsvSource(
            delimiter = '|',
            quoteCharacter = '^',
            textBlock =
                    """
                    trim_both | "💩💩😁💩" | "💩" | "😁"
                    trim_leading | "💩💩😁💩" | "💩" | "😁💩"
                    trim_trailing | "💩💩😁💩" | "💩" | "💩💩😁"
                    trim_both | "111112a1212121211" | "12" | "a"
                    trim_leading | "111112a1212121211" | "12" | "a1212121211"
                    trim_trailing | "111112a1212121211" | "12" | "111112a"
                    trim_both | "👶🏻👩👶🏻" | "👶🏻" | "👩"
                    trim_both | "      " | " " | ""
                    trim_both | "abc" | "" | "abc"
                    trim_leading | "" | null | null
                    trim_both | MISSING | null | MISSING
                    position | "" | "abcdefg" | 1
                    position | "cde" | "abcdefg" | 3
                    position | "ghi" | "abcdefg" | 0
                    position | "😸" | "😁😞😸" | 3
                    position | null | MISSING | MISSING
                    concat | "a" | "b" | "ab"
                    concat | "o" | "\\u0300" | "o\\u0300"
                    concat | sym | "" | "sym"
                    concat | null | "b" | null
                    concat | null | MISSING | MISSING
                    concat | MISSING | "b" | MISSING
                    """)
    void twoArguments(String function, String a, String b, String expected) {
        assertCall(expected, function, a, b);
    }

    @ParameterizedTest(name = "overlay({0}, {1}, {2}, {3}) = {4}")
    @CsvSource(
            delimiter = '|',
            quoteCharacter = '^',
            nullValues = "NONE",
            textBlock =
                    """
                    "hello" | "" | 1 | NONE | "hello"
                    "hello" | "" | 2 | 3 | "ho"
                    "hello" | "XX" | 1 | NONE | "XXllo"
                    "hello" | "XX" | 1 | 0 | "XXhello"
                    "hello" | "XX" | 1 | 100 | "XX"
                    "hello" | "XX" | 7 | NONE | "helloXX"
                    "hello" | "XX" | 100 | 100 | "helloXX"
                    "hello" | "XX" | 2 | 3 | "hXXo"
                    "😁😞😸" | "x" | 2 | NONE | "😁x😸"
                    "foo" | "bar" | 1 | null | null
                    "foo" | MISSING | 1 | NONE | MISSING
                    """)
    void overlay(String s, String placing, String from, String length, String expected) {
        if (length == null) {
            assertCall(expected, "overlay", s, placing, from);
        } else {
            assertCall(expected, "overlay", s, placing, from, length);
        }
    }

    @Test
    void typeAndDataErrors() {
        assertCallError(
                "argument 1 must be STRING, SYMBOL, BLOB or CLOB, found INT", "bit_length", "1");
        assertCallError(
                "argument 1 must be STRING or SYMBOL, found INT", "position", "1", "\"abc\"");
        assertCallError(
                "argument 2 must be STRING or SYMBOL, found INT", "position", "\"abc\"", "1");
        assertCallError("argument 2 must be STRING or SYMBOL", "overlay", "\"foo\"", "1", "1");
        assertCallError("argument 4 must be INT", "overlay", "\"foo\"", "\"bar\"", "1", "\"s\"");
        assertCallError("below 1", "overlay", "\"foo\"", "\"bar\"", "0");
        assertCallError("negative overlay length", "overlay", "\"foo\"", "\"bar\"", "1", "-1");
        assertCallError("argument 2 must be STRING or SYMBOL, found INT", "concat", "\"a\"", "1");
        assertCallError("found LIST", "upper", "[1]");
    }

    @Test
    void utf8LengthWithoutEncoding() {
        for (String s : new String[] {"", "abc", "é", "話", "😁", "a😁é話", "\ud800x"}) {
            long expected = s.getBytes(java.nio.charset.StandardCharsets.UTF_8).length;
            if (s.equals("\ud800x")) {
                expected = 4; // a lone surrogate counts as 3 bytes, as in CESU-8
            }
            assertThat(StringFunctions.utf8Length(s)).as(s).isEqualTo(expected);
        }
    }
}
