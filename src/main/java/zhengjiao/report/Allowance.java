package zhengjiao.report;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import zhengjiao.domain.TaskTable;
import zhengjiao.domain.Village;
import zhengjiao.reconcile.Ledger;
import zhengjiao.reconcile.Snapshot;

/**
 * The villages' work allowance (工作经费补助): a fixed sum per paying person, counted on the assessment
 * date or the report date, whichever is earlier (work after the assessment date does not count).
 *
 * @param countedOn  the day persons were counted
 * @param perPerson  补助标准, yuan per person
 * @param lines      one line per village in task-table order
 * @param unmatched  persons counted under 未匹配 that day: no village receives an allowance for them
 * @param unitLabel  the name column's header: 村名, or 镇街 in a table of towns
 */
public record Allowance(LocalDate countedOn, BigDecimal perPerson, List<Line> lines, int unmatched, String unitLabel) {

    public Allowance {
        lines = List.copyOf(lines);
    }

    /**
     * One village's allowance.
     *
     * @param seq    序号
     * @param name   村名
     * @param paid   缴费人数 counted
     * @param amount 补助金额, yuan
     */
    public record Line(int seq, String name, int paid, BigDecimal amount) {
    }

    public static Allowance build(Ledger ledger, LocalDate asOf) {
        LocalDate day = asOf.isBefore(ledger.settings().assessmentDate()) ? asOf : ledger.settings().assessmentDate();
        Snapshot snapshot = ledger.on(day);
        BigDecimal per = ledger.settings().allowancePerPerson();
        List<Line> lines = new ArrayList<>();
        for (int i = 0; i < ledger.table().size(); i++) {
            Village v = ledger.table().villages().get(i);
            String name = ledger.table().level() == TaskTable.Level.TOWN_VILLAGES ? v.town() + v.name() : v.name();
            lines.add(new Line(v.seq(), name, snapshot.paid(i), per.multiply(BigDecimal.valueOf(snapshot.paid(i)))));
        }
        String label = ledger.table().level() == TaskTable.Level.TOWNS ? "镇街" : "村名";
        return new Allowance(day, per, lines, snapshot.unmatchedTotal(), label);
    }

    public int totalPaid() {
        return lines.stream().mapToInt(Line::paid).sum();
    }

    public BigDecimal totalAmount() {
        return lines.stream().map(Line::amount).reduce(BigDecimal.ZERO, BigDecimal::add);
    }
}
