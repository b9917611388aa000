package org.partiqlvm.value;

/**
 * Case-insensitive comparison of field names, as PartiQL's unquoted identifiers need it for every
 * path step: {@link String#equalsIgnoreCase} with a fast path for ASCII, which field names almost
 * always are.
 */
public final class FieldNames {

    private FieldNames() {}

    /** Exactly {@code a.equalsIgnoreCase(b)} for non-null {@code a} and {@code b}. */
    public static boolean equalsIgnoreCase(String a, String b) {
        if (a == b) {
            return true;
        }
        int n = a.length();
        if (n != b.length()) {
            return false;
        }
        for (int i = 0; i < n; i++) {
            char x = a.charAt(i);
            char y = b.charAt(i);
            if (x == y) {
                continue;
            }
            if ((x | y) >= 0x80) {
                return a.regionMatches(true, i, b, i, n - i); // the JDK's rules beyond ASCII
            }
            int lx = x | 0x20;
            if (lx != (y | 0x20) || lx < 'a' || lx > 'z') {
                return false;
            }
        }
        return true;
    }
}
