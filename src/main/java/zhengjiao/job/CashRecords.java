package zhengjiao.job;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import zhengjiao.domain.CashEntry;
import zhengjiao.domain.InputException;
import zhengjiao.domain.Insurance;
import zhengjiao.domain.Settings;
import zhengjiao.input.CashRecordReader;
import zhengjiao.input.RowSource;

/**
 * Where a campaign folder keeps the agents' cash record (代收台账, notice 003 六（二） 钱表相符): every top-level table
 * file whose name contains {@value #NAME}, and every file under the folder {@value #NAME}/ (one per town or agent, say).
 * Without any, no 钱表相符 reconciliation is made.
 *
 * @param files   the files to read, top-level first, each group by name
 * @param skipped the files under {@value #NAME}/ that are no table (pictures, PDFs), with the reason
 */
public record CashRecords(List<Path> files, List<CampaignFolder.Skipped> skipped) {

    /** The file name part and folder name of the cash record. */
    public static final String NAME = "代收台账";

    public CashRecords {
        files = List.copyOf(files);
        skipped = List.copyOf(skipped);
    }

    /** The cash record files of the folder {@code root}; none when there are none. */
    public static CashRecords find(Path root) {
        List<Path> files = new ArrayList<>();
        try (Stream<Path> list = Files.list(root)) {
            list.filter(Files::isRegularFile).filter(RowSource::isTableFile)
                    .filter(p -> p.getFileName().toString().contains(NAME)).sorted().forEach(files::add);
        } catch (IOException e) {
            throw new InputException("无法读取文件夹 " + root.getFileName() + "；请检查文件夹权限", e);
        }
        Path dir = root.resolve(NAME);
        List<CampaignFolder.Skipped> skipped = List.of();
        if (Files.isDirectory(dir)) {
            CampaignFolder.Scan scan = CampaignFolder.scan(dir);
            scan.tables().stream().sorted(Comparator.comparing(p -> dir.relativize(p).toString())).forEach(files::add);
            skipped = scan.skipped();
        }
        return new CashRecords(files, skipped);
    }

    /** Whether the folder holds a cash record. */
    public boolean present() {
        return !files.isEmpty();
    }

    /** A file as reports name it: its path under the campaign folder, with '/' (代收台账/古邵镇.xlsx). */
    public static String shown(Path root, Path file) {
        return root.relativize(file).toString().replace('\\', '/');
    }

    /**
     * Reads every file, in order.
     *
     * @param root   the campaign folder
     * @param county a county's campaign: every file must have a 镇街 column
     * @throws InputException naming the file, row and column of the first cell that cannot be read
     */
    public List<CashEntry> read(Path root, boolean county) {
        List<CashEntry> all = new ArrayList<>();
        for (int i = 0; i < files.size(); i++) {
            all.addAll(CashRecordReader.read(files.get(i), shown(root, files.get(i)), i, county));
        }
        return all;
    }

    /**
     * The insurances whose agent-channel payments are reconciled: the campaign's. (Notice 003's agents collect the
     * pension and the medical contribution together; a campaign that names both insurances reconciles both.)
     */
    public static Set<Insurance> insurances(Settings settings) {
        return Set.copyOf(settings.insurances());
    }
}
