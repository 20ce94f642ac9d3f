package zhengjiao.sample;

import java.time.LocalDate;
import java.util.Map;
import zhengjiao.sample.PaymentTable.Channel;
import zhengjiao.sample.PaymentTable.Kind;
import zhengjiao.sample.PaymentTable.Tag;

/**
 * Counting of the planned features that the town and the county samples share (ID styles, pension and
 * other-year rows, refunds, duplicates, amount spellings, government payments, short insurance names, late
 * payments). Each sample's feature enum has constants of these names; the place-specific ones are counted by
 * the generators themselves.
 */
final class DumpFeatures {

    private DumpFeatures() {
    }

    static <F extends Enum<F>> void countShared(DumpRow row, DumpSink sink, Map<F, Long> features, Class<F> type,
                                                LocalDate windowEnd) {
        String id = switch (row.idStyle()) {
            case NORMAL -> null;
            case LOWER_X -> "ID_LOWER_X";
            case FULL_WIDTH -> "ID_FULL_WIDTH";
            case SPACES -> "ID_SPACES";
            case ZERO_WIDTH -> "ID_ZERO_WIDTH";
            case WRONG_CHECK -> "ID_WRONG_CHECK";
            case BAD_BIRTH_DATE -> "ID_BAD_BIRTH_DATE";
            case SEVENTEEN -> "ID_SEVENTEEN";
            case EXCEL -> sink.numericIds() ? "ID_EXCEL_NUMBER" : "ID_EXCEL_TEXT";
        };
        if (id != null) {
            add(features, type, id);
        }
        if (row.kind() == Kind.PENSION) {
            add(features, type, "PENSION");
        } else if (row.kind() == Kind.MEDICAL_LAST_YEAR) {
            add(features, type, "OTHER_YEAR");
        }
        if (row.tag() == Tag.REFUND) {
            add(features, type, "REFUND");
        } else if (row.tag() == Tag.REPAYMENT) {
            add(features, type, "REPAYMENT");
        } else if (row.tag() == Tag.DUPLICATE) {
            add(features, type, "DUPLICATE");
        }
        if (sink.usualAmount() != null && row.amountFormat() != null && row.amountFormat() != sink.usualAmount()) {
            add(features, type, "AMOUNT_FORMAT");
        }
        if (row.channel() == Channel.GOVERNMENT) {
            add(features, type, "GOVERNMENT_PAID");
        }
        if (row.insuranceShort() && row.kind() != Kind.PENSION) {
            add(features, type, "INSURANCE_SHORT");
        }
        if (row.time().toLocalDate().isAfter(windowEnd)) {
            add(features, type, "LATE_PAYMENT");
        }
    }

    private static <F extends Enum<F>> void add(Map<F, Long> features, Class<F> type, String name) {
        features.merge(Enum.valueOf(type, name), 1L, Long::sum);
    }
}
