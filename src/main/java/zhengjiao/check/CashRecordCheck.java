package zhengjiao.check;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import zhengjiao.domain.CashEntry;
import zhengjiao.domain.InputException;
import zhengjiao.domain.Settings;
import zhengjiao.domain.TaskTable;
import zhengjiao.input.CashRecordReader;
import zhengjiao.job.CampaignFolder;
import zhengjiao.job.CashRecords;
import zhengjiao.reconcile.CashReconciliation;
import zhengjiao.reconcile.Ledger;

/**
 * The agents' cash record (代收台账) before a run: each file readable as a run reads it (a cell that cannot be read is
 * an error, as it stops the run), its rows and sum (a note), villages the task table does not know (a warning, with
 * the nearest name) and rows dated outside the collection window (a warning: 集中征缴期过后，村居不再集中代收, notice 002
 * 七（一）). The comparison with the register itself is made by {@code run} (钱表相符核对).
 */
final class CashRecordCheck {

    private CashRecordCheck() {
    }

    static List<Finding> check(Path root, Optional<Settings> settings, Optional<TaskTable> table) {
        List<Finding> out = new ArrayList<>();
        CashRecords records;
        try {
            records = CashRecords.find(root);
        } catch (InputException e) {
            out.add(new Finding(Finding.Severity.ERROR, CashRecords.NAME, 0, e.getMessage()));
            return out;
        }
        for (CampaignFolder.Skipped s : records.skipped()) {
            out.add(new Finding(Finding.Severity.WARNING, CashRecords.shown(root, s.file()), 0, s.reason()));
        }
        Optional<Ledger> places = settings.flatMap(s -> table.map(t -> new Ledger(s, t)));
        boolean county = table.map(t -> t.level().isCounty()).orElse(false);
        for (int i = 0; i < records.files().size(); i++) {
            Path file = records.files().get(i);
            String name = CashRecords.shown(root, file);
            List<CashEntry> entries;
            try {
                entries = CashRecordReader.read(file, name, i, county);
            } catch (InputException e) {
                out.add(new Finding(Finding.Severity.ERROR, "", 0, e.getMessage()));
                continue;
            }
            Set<String> agents = new LinkedHashSet<>();
            long fen = 0;
            for (CashEntry e : entries) {
                agents.add(e.agent());
                fen += e.amountFen();
            }
            out.add(new Finding(Finding.Severity.NOTE, name, 0, "代收 " + entries.size() + " 行，金额合计 "
                    + CashReconciliation.yuan(fen) + " 元，代收人 " + agents.size() + " 人；运行时与清册中经代收渠道的缴费逐村核对（钱表相符核对）"));
            settings.ifPresent(s -> outsideWindow(out, name, entries, s));
            places.ifPresent(l -> unknownPlaces(out, name, entries, l));
        }
        return out;
    }

    private static void outsideWindow(List<Finding> out, String name, List<CashEntry> entries, Settings s) {
        int n = 0;
        for (CashEntry e : entries) {
            if (e.date().isBefore(s.windowStart()) || e.date().isAfter(s.windowEnd())) {
                n++;
                if (n <= FolderCheck.ROWS_LISTED) {
                    out.add(new Finding(Finding.Severity.WARNING, name, e.source().row(), "「日期」列：" + e.date()
                            + "，不在集中征缴期 " + s.windowStart() + " 至 " + s.windowEnd() + " 内，请核实"));
                }
            }
        }
        if (n > FolderCheck.ROWS_LISTED) {
            out.add(new Finding(Finding.Severity.WARNING, name, 0, "共 " + n + " 行代收日期不在集中征缴期内（以上列出前 "
                    + FolderCheck.ROWS_LISTED + " 行）"));
        }
    }

    private static void unknownPlaces(List<Finding> out, String name, List<CashEntry> entries, Ledger ledger) {
        Map<String, Integer> unknown = new TreeMap<>();
        for (CashEntry e : entries) {
            int code = ledger.matchPlace(e.village(), e.town());
            if (code < 0) {
                unknown.merge(ledger.placeName(code), 1, Integer::sum);
            }
        }
        unknown.forEach((place, n) -> out.add(new Finding(Finding.Severity.WARNING, name, 0, "村居「" + place + "」（" + n
                + " 行）与任务分解表对不上，核对时单列" + ledger.nearestPlace(place).map(m -> "（是否为 " + m + "？）").orElse(""))));
    }
}
