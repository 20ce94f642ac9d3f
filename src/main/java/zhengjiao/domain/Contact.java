package zhengjiao.domain;

/**
 * One town's contacts (经办窗口及联系方式): the medical-insurance office and the tax sub-bureau.
 *
 * @param town          镇街 as written
 * @param medicalPerson 医保办联系人
 * @param medicalPhone  医保办联系电话
 * @param taxPerson     税务分局联系人
 * @param taxPhone      税务分局联系电话
 * @param row           the row in the file
 */
public record Contact(String town, String medicalPerson, String medicalPhone, String taxPerson, String taxPhone, int row) {
}
