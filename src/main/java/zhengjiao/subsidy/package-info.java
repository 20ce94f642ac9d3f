/**
 * Who pays each special-group person's contribution (资助与代缴): {@link zhengjiao.subsidy.Certifier} applies a
 * notice's {@link zhengjiao.domain.Policy} to one person (the single most favourable group, the amount per fund);
 * {@link zhengjiao.subsidy.SubsidyReport} does it for every listed person and every person of subsidised age, and
 * sums what each fund is asked for.
 */
package zhengjiao.subsidy;
