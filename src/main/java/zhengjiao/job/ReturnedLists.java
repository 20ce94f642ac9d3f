package zhengjiao.job;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import zhengjiao.domain.ReminderNote;
import zhengjiao.input.ReturnedListReader;
import zhengjiao.report.Rate;
import zhengjiao.report.RankedUnit;
import zhengjiao.report.UnpaidLedger;
import zhengjiao.report.WeeklyReport;

/**
 * The reminder lists the villages filled in and returned ({@code 台账/}), read once at the start of a run: a file
 * that cannot be read stops the run before anything is written (last week's outputs stay), naming the file.
 *
 * @param notes   every note of every return
 * @param files   how many returns were read
 * @param skipped files of 台账/ passed over (pictures, PDFs, lock files), each with the reason
 */
public record ReturnedLists(List<ReminderNote> notes, int files, List<CampaignFolder.Skipped> skipped) {

    public ReturnedLists {
        notes = List.copyOf(notes);
        skipped = List.copyOf(skipped);
    }

    /** Whether the folder has returns: then the ledger is kept and the ranking shows the adjusted rate. */
    public boolean present() {
        return files > 0;
    }

    /** Reads every return under {@code root/台账}, a progress line each. */
    public static ReturnedLists read(Path root, PrintWriter log) {
        CampaignFolder.Scan scan = CampaignFolder.scanReturns(root);
        Path dir = root.resolve(CampaignFolder.RETURNS_DIR);
        List<ReminderNote> notes = new ArrayList<>();
        for (Path file : scan.tables()) {
            String name = dir.relativize(file).toString();
            ReturnedListReader.Returned r = ReturnedListReader.read(file, name);
            notes.addAll(r.notes());
            log.printf("读取 %s/%s：%d 张名单表，%d 条提醒记录（%s）%n", CampaignFolder.RETURNS_DIR, name, r.sheets().size(),
                    r.notes().size(), r.stated().map(d -> "统计日期 " + d).orElse("表中没有统计日期，按提醒日期或文件修改时间排先后"));
        }
        return new ReturnedLists(notes, scan.tables().size(), scan.skipped());
    }

    /** The task rate of every task-table line by its name, and the total's under 合计, as the ranking has them. */
    public static Map<String, Rate> taskRates(WeeklyReport weekly) {
        Map<String, Rate> rates = new HashMap<>();
        for (RankedUnit u : weekly.units()) {
            rates.put(u.name(), u.rate());
        }
        for (WeeklyReport.TownRanking town : weekly.towns()) {
            for (RankedUnit u : town.villages()) {
                rates.put(town.town() + u.name(), u.rate()); // as the town-and-village summary names the line
                rates.putIfAbsent(u.name(), u.rate());
            }
        }
        rates.put("合计", weekly.total().rate());
        return rates;
    }

    /** The run's closing line about the ledger: how many notes went where (no ID is named). */
    public static String summary(ReturnedLists returns, UnpaidLedger ledger) {
        long out = ledger.villages().stream().mapToLong(UnpaidLedger.VillageReasons::out).sum();
        return "未参保台账：" + returns.files() + " 份交回的提醒名单、" + returns.notes().size() + " 条记录；带入本次名单 "
                + ledger.carried().size() + " 人，已缴费（曾提醒）" + ledger.paid().size() + " 人，已不在台账 " + ledger.gone().size()
                + " 人，无法对应 " + ledger.unmatched().size() + " 条；因原因不计入应参保 " + out + " 人";
    }
}
