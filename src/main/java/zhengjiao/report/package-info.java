/**
 * The reports' contents, computed from a reconciled ledger: the weekly ranking ({@link zhengjiao.report.WeeklyReport},
 * {@link zhengjiao.report.Ranking}), the work allowance, the group bulletin, the contact directory and the lists
 * about people ({@link zhengjiao.report.PeopleReport}). No file formats here.
 */
package zhengjiao.report;
