package zhengjiao.sample;

import java.time.LocalDateTime;
import zhengjiao.sample.PaymentTable.Channel;
import zhengjiao.sample.PaymentTable.Kind;
import zhengjiao.sample.PaymentTable.NameSpelling;
import zhengjiao.sample.PaymentTable.Tag;

/**
 * One payment ready to be written: the texts every dump shares and what each dump formats its own way.
 *
 * @param first17        the first 17 digits of the person's valid number
 * @param idStyle        how the number is written
 * @param name           the person's name
 * @param village        the village text as the tax system has it
 * @param town           the town text as the tax system has it
 * @param spelling       which spelling of the counted place (village in a town sample, town in a county sample)
 *                       the text is
 * @param unknownPlace   whether the counted place's text matches no row of the task table
 * @param insurance      the insurance text
 * @param kind           insurance and policy year
 * @param policyYear     the policy year written in the period column
 * @param amount         yuan, negative for a refund
 * @param amountFormat   a format other than the dump's usual one, or null
 * @param time           when it was paid
 * @param serial         the 20-digit serial number
 * @param channel        how it was paid
 * @param tag            first payment, duplicate, refund or repayment
 * @param townShort      whether the town is written short (朱集 for 朱集镇; town sample only)
 * @param insuranceShort whether the insurance is written 城乡居民医疗保险
 * @param agent          the village agent who collected it (channel {@link Channel#AGENT}), else ""
 */
record DumpRow(long first17, IdStyle idStyle, String name, String village, String town, NameSpelling spelling,
               boolean unknownPlace, String insurance, Kind kind, int policyYear, int amount,
               AmountFormat amountFormat, LocalDateTime time, String serial, Channel channel, Tag tag,
               boolean townShort, boolean insuranceShort, String agent) {

    /** A row no agent collected. */
    DumpRow(long first17, IdStyle idStyle, String name, String village, String town, NameSpelling spelling,
            boolean unknownPlace, String insurance, Kind kind, int policyYear, int amount, AmountFormat amountFormat,
            LocalDateTime time, String serial, Channel channel, Tag tag, boolean townShort, boolean insuranceShort) {
        this(first17, idStyle, name, village, town, spelling, unknownPlace, insurance, kind, policyYear, amount, amountFormat,
                time, serial, channel, tag, townShort, insuranceShort, "");
    }

    /** The same row collected by a village agent: channel {@link Channel#AGENT} and the agent's name. */
    DumpRow collectedBy(String agentName) {
        return new DumpRow(first17, idStyle, name, village, town, spelling, unknownPlace, insurance, kind, policyYear, amount,
                amountFormat, time, serial, Channel.AGENT, tag, townShort, insuranceShort, agentName);
    }

    /** The number as text (for CSV files and text cells). */
    String idText() {
        return idStyle.render(first17);
    }
}
