package zhengjiao.render;

import java.util.HashMap;
import java.util.Map;
import java.util.function.Supplier;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.jxls.builder.JxlsStreaming;
import org.jxls.common.CellRef;
import org.jxls.transform.Transformer;
import org.jxls.transform.poi.PoiTransformer;
import org.jxls.transform.poi.PoiTransformerFactory;

/**
 * The template engine's POI transformers, with the sheet of each cell looked up by name once rather than for every
 * cell: POI finds a sheet by comparing the names of all sheets, so a workbook of one sheet per village (hundreds)
 * spent most of its time there. Sheets are forgotten whenever the engine deletes one.
 */
final class SheetCachingTransformers extends PoiTransformerFactory {

    /**
     * Transformers whose workbook, held in memory, is fitted to A4 ({@link PaperFit#workbook}) just before it is
     * written, rather than written, re-read and written again.
     */
    SheetCachingTransformers() {
    }

    /**
     * @throws IllegalArgumentException when the engine asks to stream: the long lists are written by {@link ListBook}
     */
    @Override
    protected Transformer createTransformer(Workbook workbook, JxlsStreaming streaming) {
        if (streaming.isStreaming()) {
            throw new IllegalArgumentException("模板引擎只在内存中填充；长名单由 ListBook 逐行写出");
        }
        return new Plain(workbook);
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

        Plain(Workbook workbook) {
            super(workbook, false);
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
            if (getWorkbook() instanceof org.apache.poi.xssf.usermodel.XSSFWorkbook wb) {
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
}
