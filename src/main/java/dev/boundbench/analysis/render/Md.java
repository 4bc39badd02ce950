package dev.boundbench.analysis.render;

/** Markdown text that shows as written: special characters escaped, one line. */
final class Md {

    private Md() {
    }

    /**
     * {@code s} with the characters that markdown would act on escaped ({@code \ ` * < > [ ] ~},
     * and {@code _} at the edge of a word), line breaks turned into spaces. Pipes are left to
     * {@link MarkdownTable}; in running text they are harmless.
     */
    static String text(String s) {
        StringBuilder sb = new StringBuilder(s.length() + 8);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '\\', '`', '*', '[', ']', '<', '>', '~' -> sb.append('\\').append(c);
                case '_' -> {
                    boolean inWord = i > 0 && i < s.length() - 1 && Character.isLetterOrDigit(s.charAt(i - 1))
                            && Character.isLetterOrDigit(s.charAt(i + 1));
                    sb.append(inWord ? "_" : "\\_");
                }
                case '\r', '\n', '\t' -> sb.append(' ');
                default -> sb.append(c);
            }
        }
        return sb.toString();
    }

    /** A file name that is safe in a markdown link and on every file system: {@code fib-tasks-8}. */
    static String slug(String s) {
        StringBuilder sb = new StringBuilder();
        for (char c : s.toLowerCase(java.util.Locale.ROOT).toCharArray()) {
            if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) {
                sb.append(c);
            } else if (sb.length() > 0 && sb.charAt(sb.length() - 1) != '-') {
                sb.append('-');
            }
        }
        String slug = sb.toString();
        while (slug.endsWith("-")) {
            slug = slug.substring(0, slug.length() - 1);
        }
        if (slug.length() > 60) {
            slug = slug.substring(0, 60);
        }
        return slug.isEmpty() ? "workload" : slug;
    }
}
