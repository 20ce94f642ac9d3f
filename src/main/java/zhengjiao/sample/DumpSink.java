package zhengjiao.sample;

import java.io.Closeable;
import java.io.IOException;

/** One dump file of the tax system's payment list, written row by row in time order. */
interface DumpSink extends Closeable {

    /** The file name inside the payments folder. */
    String fileName();

    /** Whether payments of this day (0 = the campaign's first day) belong in this dump. */
    boolean covers(int day);

    /** The amount format the dump usually uses, or null when amounts are numbers (workbook cells). */
    AmountFormat usualAmount();

    /** Whether Excel-mangled numbers are numeric cells here (rather than 3.41323E+17 text). */
    boolean numericIds();

    void write(DumpRow row) throws IOException;

    /** The data rows written so far. */
    long rows();
}
