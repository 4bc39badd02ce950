package dev.boundbench.analysis.render;

import java.util.ArrayList;
import java.util.List;

/**
 * A markdown table whose columns are padded to one width, so it reads as a table in a terminal
 * pager as well as on GitHub. Cells are taken as markdown: only pipes and line breaks are escaped
 * here, so callers escape what users wrote with {@link Md#text}.
 */
public final class MarkdownTable {

    private final List<String> headers;
    private final boolean[] right;
    private final List<List<String>> rows = new ArrayList<>();

    /** A table of these columns, in order. */
    public MarkdownTable(List<Column> columns) {
        this.headers = columns.stream().map(c -> cell(c.header())).toList();
        this.right = new boolean[columns.size()];
        for (int i = 0; i < right.length; i++) {
            right[i] = columns.get(i).right();
        }
    }

    /** A table of these columns, in order. */
    public MarkdownTable(Column... columns) {
        this(List.of(columns));
    }

    /** Adds a row of raw text; missing cells are blank. */
    public MarkdownTable row(String... cells) {
        List<String> row = new ArrayList<>();
        for (int i = 0; i < headers.size(); i++) {
            row.add(i < cells.length && cells[i] != null ? cell(cells[i]) : "");
        }
        rows.add(row);
        return this;
    }

    public boolean isEmpty() {
        return rows.isEmpty();
    }

    /** The table, one line per row, each ending in a line break. */
    public String render() {
        int[] width = new int[headers.size()];
        for (int i = 0; i < width.length; i++) {
            width[i] = Math.max(3, length(headers.get(i)));
            for (List<String> row : rows) {
                width[i] = Math.max(width[i], length(row.get(i)));
            }
        }
        StringBuilder sb = new StringBuilder();
        line(sb, headers, width);
        sb.append('|');
        for (int i = 0; i < width.length; i++) {
            sb.append(' ').append("-".repeat(width[i] - (right[i] ? 1 : 0))).append(right[i] ? ":" : "").append(" |");
        }
        sb.append('\n');
        for (List<String> row : rows) {
            line(sb, row, width);
        }
        return sb.toString();
    }

    private void line(StringBuilder sb, List<String> cells, int[] width) {
        sb.append('|');
        for (int i = 0; i < width.length; i++) {
            String cell = cells.get(i);
            String pad = " ".repeat(width[i] - length(cell));
            sb.append(' ').append(right[i] ? pad + cell : cell + pad).append(" |");
        }
        sb.append('\n');
    }

    private static String cell(String s) {
        return s.replace("|", "\\|").replace("\r", " ").replace("\n", " ");
    }

    private static int length(String s) {
        return s.codePointCount(0, s.length());
    }
}
