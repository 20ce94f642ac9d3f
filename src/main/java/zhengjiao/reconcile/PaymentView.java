package zhengjiao.reconcile;

import java.time.LocalDate;

/**
 * A distinct payment as the checklist shows it.
 *
 * @param serial    税票号码 ("" when the dump gave none)
 * @param date      缴费日期
 * @param amountFen amount in fen, negative for a refund
 * @param village   the village it counts towards, or the dump's text when unmatched
 * @param matched   whether the village matched the task table
 * @param fileName  the dump it was first seen in
 * @param row       its row there
 * @param seen      how many dump rows showed it
 */
public record PaymentView(String serial, LocalDate date, long amountFen, String village, boolean matched,
                          String fileName, int row, int seen) {
}
