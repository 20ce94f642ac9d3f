package zhengjiao.input;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Reads an HTML page saved under an .xls name (the "Excel" export of many web systems): the page's largest
 * {@code <table>}, one row per {@code <tr>}, merged cells ({@code colspan}, {@code rowspan}) spread so that every
 * column keeps its position, the merged text in the first cell only (as a workbook's merged cells read).
 */
final class HtmlRowSource implements RowSource {

    /** Width limit of a spread cell, against a colspan of a million. */
    private static final int MAX_SPAN = 1000;

    private final Path file;

    HtmlRowSource(Path file) {
        this.file = file;
    }

    @Override
    public void read(RowHandler handler) throws IOException {
        TextEncoding.Detected enc = TextEncoding.detect(file);
        Document page = Jsoup.parse(file.toFile(), enc.charset().name());
        Element table = largestTable(page);
        if (table == null) {
            return;
        }
        Map<Integer, Integer> pending = new HashMap<>(); // column -> rows below still covered by a rowspan
        int number = 0;
        for (Element tr : ownRows(table)) {
            number++;
            List<String> cells = new ArrayList<>();
            Map<Integer, Integer> fresh = new HashMap<>();
            int col = 0;
            for (Element td : tr.children()) {
                if (!td.nameIs("td") && !td.nameIs("th")) {
                    continue;
                }
                while (pending.containsKey(col)) {
                    put(cells, col++, "");
                }
                int colspan = span(td.attr("colspan"));
                int rowspan = span(td.attr("rowspan"));
                for (int i = 0; i < colspan; i++) {
                    put(cells, col + i, i == 0 ? td.text().strip() : "");
                    if (rowspan > 1) {
                        fresh.put(col + i, rowspan - 1);
                    }
                }
                col += colspan;
            }
            pending.replaceAll((c, left) -> left - 1);
            pending.values().removeIf(left -> left <= 0);
            pending.putAll(fresh);
            handler.row(new SourceRow(number, cells.toArray(new String[0]), null));
        }
    }

    private static void put(List<String> cells, int col, String text) {
        while (cells.size() <= col) {
            cells.add("");
        }
        cells.set(col, text);
    }

    private static int span(String attr) {
        try {
            int n = Integer.parseInt(attr.strip());
            return Math.max(1, Math.min(n, MAX_SPAN));
        } catch (NumberFormatException e) {
            return 1;
        }
    }

    private static Element largestTable(Document page) {
        Element best = null;
        int bestRows = 0;
        for (Element table : page.select("table")) {
            int rows = ownRows(table).size();
            if (rows > bestRows) {
                best = table;
                bestRows = rows;
            }
        }
        return best;
    }

    /** The table's own rows (in thead, tbody, tfoot or directly under it), not those of nested tables. */
    private static List<Element> ownRows(Element table) {
        List<Element> rows = new ArrayList<>();
        for (Element child : table.children()) {
            if (child.nameIs("tr")) {
                rows.add(child);
            } else if (child.nameIs("thead") || child.nameIs("tbody") || child.nameIs("tfoot")) {
                for (Element tr : child.children()) {
                    if (tr.nameIs("tr")) {
                        rows.add(tr);
                    }
                }
            }
        }
        return rows;
    }
}
