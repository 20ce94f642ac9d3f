/**
 * The run job: read a campaign folder, reconcile its payments, compute the reports and write them all
 * or nothing. Start at {@link zhengjiao.job.CampaignRun}.
 */
package zhengjiao.job;
