package zhengjiao.cli;

import java.util.List;

/**
 * The files {@code run} writes, for the help ({@code zhengjiao --help}, {@code zhengjiao run --help}); the README's
 * 输出 tables say the same at length. A test runs campaigns and checks that every file written is listed here.
 */
final class OutputFiles {

    /**
     * One output file.
     *
     * @param name      its name, {@code <日期>} standing for the date counted to
     * @param condition when it is written
     * @param content   what it holds, in a phrase
     */
    record File(String name, String condition, String content) {
    }

    /** The heading of the list in the help. */
    static final String HEADING = "run 写入输出文件夹的文件（<日期> 为统计截止日期，如 2022-12-31）：";

    private static final String ALWAYS = "每次都有";
    private static final String ROSTER = "征缴文件夹中有参保台账时";
    private static final String POLICY = "campaign.yaml 设置了资助政策时";
    private static final String COUNTY = "县级，征缴文件夹中有相应的表时";
    private static final String CASH = "征缴文件夹中有代收台账时";

    /** Every file, grouped by condition. */
    static final List<File> ALL = List.of(
            new File("周排名通报_<日期>.xlsx", ALWAYS, "各村任务数、缴费人数、完成率、本周新增、排名变化、约谈标记；两险同征时另有养老排名、两险对照、养老档次分布和养老缴费核对"),
            new File("工作经费补助_<日期>.xlsx", ALWAYS, "各村按考核日期计算的工作经费补助（补助标准为 0 时不生成）"),
            new File("周通报_<日期>.txt", ALWAYS, "周通报文字，可直接粘贴到工作群"),
            new File("周通报_<日期>.docx", ALWAYS, "同一通报的 Word 公文（GB/T 9704 格式，红头、排名表、约谈和通报批评）"),
            new File("领导简报_<日期>.xlsx", ALWAYS, "一页 A4 领导简报：关键数字、累计进度曲线、各单位完成率柱图、预测和风险"),
            new File("领导简报_<日期>.docx", ALWAYS, "同一页简报的 Word 版（图表为图片），便于发到手机"),
            new File("核对清单_<日期>.xlsx", ALWAYS, "内部资料：未计入的记录及原因、未匹配村居、重复缴费、退费、人员核对"),
            new File("缴费人明细_<日期>.xlsx", ALWAYS, "内部资料：每村每个计入的缴费人及所依据缴费的清册文件和行号"),
            new File("未缴费提醒名单_<日期>.xlsx", ROSTER, "内部资料：各村截至统计日未缴费的台账人员"),
            new File("缴费名单公示_<日期>.xlsx", ROSTER, "张贴用：每村一张打码的缴费名单公示表，一页三栏"),
            new File("资助代缴认定结果_<日期>.xlsx", POLICY, "内部资料：部门名单和达到资助年龄的每个人的认定类别和各项资金"),
            new File("资金申请汇总_<日期>.xlsx", POLICY, "按资金和认定部门（及镇街）汇总的人数和金额"),
            new File("钱表相符核对_<日期>.xlsx", CASH, "代收台账与清册中经代收渠道的缴费按村和代收人核对，列出每项差异及文件和行号"),
            new File("督查分组通报_<日期>.xlsx", COUNTY, "按督查分组汇总和排名（需要督查分组表）"),
            new File("联系方式一览表.xlsx", COUNTY, "各镇街医保办和税务分局联系人（需要联系方式一览表；有上年的表时列出变动）"));

    private OutputFiles() {
    }
}
