package zhengjiao.reconcile;

import java.util.List;

/**
 * A person whose payments need a look: a duplicate payment, a refund, or a payment to an unmatched village.
 *
 * @param id       the full resident ID (internal lists only)
 * @param name     姓名
 * @param payments the person's payments and refunds up to the report date, oldest first
 * @param netFen   the net amount up to the report date
 * @param counted  whether the person counts on the report date
 * @param village  the village the person counts towards ("" when not counted; 未匹配（原文） when its text matches no line)
 */
public record PersonCase(String id, String name, List<PaymentView> payments, long netFen, boolean counted, String village) {

    public PersonCase {
        payments = List.copyOf(payments);
    }

    /** The serial numbers of the positive payments, joined for display. */
    public String positiveSerials() {
        return String.join("、", payments.stream().filter(p -> p.amountFen() > 0).map(PaymentView::serial).toList());
    }
}
