package zhengjiao.render;

import java.util.HashMap;
import java.util.Map;
import java.util.function.Supplier;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.jxls.builder.JxlsStreaming;
import org.jxls.common.CellRef;
import org.jxls.transform.Transformer;
import org.jxls.transform.poi.PoiTransformer;
import org.jxls.transform.poi.PoiTransformerFactory;
import org.jxls.transform.poi.SelectSheetsForStreamingPoiTransformer;

/**
 * The template engine's POI transformers, with the sheet of each cell looked up by name once rather than for every
 * cell: POI finds a sheet by comparing the names of all sheets, so a workbook of one sheet per village (hundreds)
 * spent most of its time there. Sheets are forgotten whenever the engine deletes one.
 */
final class SheetCachingTransformers extends PoiTransformerFactory {

    private final boolean fit;

    /** Transformers that write the workbook as filled. */
    SheetCachingTransformers() {
        this(false);
    }

    /**
     * @param fit whether a workbook held in memory is fitted to A4 ({@link PaperFit#workbook}) just before it is
     *            written, rather than written, re-read and written again
     */
    SheetCachingTransformers(boolean fit) {
        this.fit = fit;
    }

    @Override
    protected Transformer createTransformer(Workbook workbook, JxlsStreaming streaming) {
        if (streaming.isStreaming()) {
            return new Streaming(workbook, streaming);
        }
        return new Plain(workbook, fit);
    }

    /** Sheets by name, as the engine asked for them. */
    private static final class Cache {
        private final Map<String, Sheet> sheets = new HashMap<>();

        Sheet get(String name, Supplier<Sheet> lookUp) {
            Sheet sheet = sheets.get(name);
            if (sheet == null) {
                sheet = lookUp.get();
                if (sheet != null) {
                    sheets.put(name, sheet);
                }
            }
            return sheet;
        }

        void clear() {
            sheets.clear();
        }
    }

    private static final class Plain extends PoiTransformer {
        private final Cache cache = new Cache();
        private final boolean fit;

        Plain(Workbook workbook, boolean fit) {
            super(workbook, false);
            this.fit = fit;
        }

        @Override
        public void write() throws java.io.IOException {
            fit();
            super.write();
        }

        @Override
        public void writeButNotCloseStream() throws java.io.IOException {
            fit();
            super.writeButNotCloseStream();
        }

        private void fit() {
            if (fit && getWorkbook() instanceof org.apache.poi.xssf.usermodel.XSSFWorkbook wb) {
                PaperFit.workbook(wb);
            }
        }

        @Override
        protected Sheet getSheet(CellRef src, CellRef target) {
            return cache.get(target.getSheetName(), () -> super.getSheet(src, target));
        }

        @Override
        public boolean deleteSheet(String sheetName) {
            cache.clear();
            return super.deleteSheet(sheetName);
        }
    }

    private static final class Streaming extends SelectSheetsForStreamingPoiTransformer {
        private final Cache cache = new Cache();
        private final Cache templates = new Cache();

        Streaming(Workbook workbook, JxlsStreaming streaming) {
            super(workbook, true, streaming.getRowAccessWindowSize(), streaming.isCompressTmpFiles(),
                    streaming.isUseSharedStringsTable());
        }

        @Override
        protected Sheet getSheet(CellRef src, CellRef target) {
            return cache.get(target.getSheetName(), () -> super.getSheet(src, target));
        }

        /**
         * As the engine's streaming transformer: a row not yet written is taken from the template's own sheet of
         * that name when it has one there, else created; only the sheet look-up is cached.
         */
        @Override
        protected Row getRow(CellRef src, CellRef target, Sheet sheet) {
            Row row = sheet.getRow(target.getRow());
            if (row != null) {
                return row;
            }
            XSSFSheet template = (XSSFSheet) templates.get(target.getSheetName(),
                    () -> ((SXSSFWorkbook) getWorkbook()).getXSSFWorkbook().getSheet(target.getSheetName()));
            Sheet into = sheet;
            if (template != null && template.getPhysicalNumberOfRows() > 0 && target.getRow() <= template.getLastRowNum()) {
                row = template.getRow(target.getRow());
                into = template;
            }
            return row != null ? row : into.createRow(target.getRow());
        }

        @Override
        public boolean deleteSheet(String sheetName) {
            cache.clear();
            templates.clear();
            return super.deleteSheet(sheetName);
        }
    }
}
