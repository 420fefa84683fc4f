package org.saytara.layers;

import java.util.List;

/**
 * RFC 4180 CSV cells, safe to open in a spreadsheet: a text cell starting with {@code = + - @}
 * (or a tab or carriage return) gets a leading apostrophe so that Excel and LibreOffice show it
 * as text instead of running it as a formula (CSV injection). Numbers we write ourselves are left alone.
 */
public final class Csv {
    private Csv() {}

    public static String text(String value) {
        if (value == null) return "";
        String v = value;
        if (!v.isEmpty() && "=+-@\t\r".indexOf(v.charAt(0)) >= 0) v = "'" + v;
        return quoteIfNeeded(v);
    }

    public static String number(Number n) {
        return n == null ? "" : n.toString();
    }

    public static String row(List<String> cells) {
        return String.join(",", cells) + "\r\n";
    }

    private static String quoteIfNeeded(String v) {
        boolean needs = false;
        for (int i = 0; i < v.length() && !needs; i++) {
            char c = v.charAt(i);
            needs = c == ',' || c == '"' || c == '\n' || c == '\r';
        }
        if (!needs && !v.isEmpty() && (v.charAt(0) == ' ' || v.charAt(v.length() - 1) == ' ')) needs = true;
        return needs ? '"' + v.replace("\"", "\"\"") + '"' : v;
    }
}
