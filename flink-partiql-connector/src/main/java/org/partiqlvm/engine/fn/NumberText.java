package org.partiqlvm.engine.fn;

import java.math.BigDecimal;
import java.math.BigInteger;
import org.partiqlvm.value.Value;

/**
 * Reads a number from text for {@code CAST(<string> AS <number>)}, in Ion's number syntax made
 * lenient as the suite expects (cast.ion): surrounding white space, a leading {@code +} and leading
 * zeros are allowed; {@code 0x}/{@code 0b} prefixes give hexadecimal and binary INTs ({@code
 * '-0b010'} is -2); a point or a {@code d} exponent gives a DECIMAL; an {@code e} exponent gives a
 * FLOAT ({@code '2e10'}); {@code nan}, {@code +inf} and {@code -inf} are FLOATs. Anything else
 * ({@code '00xA'}, {@code '123456A'}) is not a number.
 */
final class NumberText {

    private NumberText() {}

    /** The number written in {@code text}, or null when it is not a number. */
    static Value parse(String text) {
        String s = text.strip();
        switch (s) {
            case "nan":
                return Value.ofDouble(Double.NaN);
            case "+inf":
                return Value.ofDouble(Double.POSITIVE_INFINITY);
            case "-inf":
                return Value.ofDouble(Double.NEGATIVE_INFINITY);
            default:
                break;
        }
        int i = 0;
        int n = s.length();
        boolean negative = false;
        if (i < n && (s.charAt(i) == '+' || s.charAt(i) == '-')) {
            negative = s.charAt(i) == '-';
            i++;
        }
        if (i + 1 < n && s.charAt(i) == '0') {
            char marker = Character.toLowerCase(s.charAt(i + 1));
            if (marker == 'x' || marker == 'b') {
                return radix(s, i + 2, marker == 'x' ? 16 : 2, negative);
            }
        }
        int digitsStart = i;
        while (i < n && isDigit(s.charAt(i))) {
            i++;
        }
        if (i == digitsStart) {
            return null;
        }
        boolean decimal = false;
        if (i < n && s.charAt(i) == '.') {
            decimal = true;
            i++;
            while (i < n && isDigit(s.charAt(i))) {
                i++;
            }
        }
        int mantissaEnd = i;
        char exponent = 0;
        if (i < n) {
            exponent = Character.toLowerCase(s.charAt(i));
            if (exponent != 'e' && exponent != 'd') {
                return null;
            }
            i++;
            if (i < n && (s.charAt(i) == '+' || s.charAt(i) == '-')) {
                i++;
            }
            int expStart = i;
            while (i < n && isDigit(s.charAt(i))) {
                i++;
            }
            if (i == expStart || i != n) {
                return null;
            }
        }
        String mantissa = s.substring(digitsStart, mantissaEnd);
        try {
            if (exponent == 'e') {
                double d = Double.parseDouble(mantissa + s.substring(mantissaEnd));
                return Value.ofDouble(negative ? -d : d);
            }
            if (decimal || exponent == 'd') {
                String exp = exponent == 'd' ? "e" + s.substring(mantissaEnd + 1) : "";
                BigDecimal d = new BigDecimal(mantissa + exp);
                return Value.ofDecimal(negative ? d.negate() : d);
            }
            BigInteger v = new BigInteger(mantissa);
            return Value.ofBigInteger(negative ? v.negate() : v);
        } catch (NumberFormatException e) {
            return null; // an exponent too large for BigDecimal
        }
    }

    private static Value radix(String s, int from, int radix, boolean negative) {
        if (from >= s.length()) {
            return null;
        }
        for (int i = from; i < s.length(); i++) {
            if (Character.digit(s.charAt(i), radix) < 0) {
                return null;
            }
        }
        BigInteger v = new BigInteger(s.substring(from), radix);
        return Value.ofBigInteger(negative ? v.negate() : v);
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }
}
