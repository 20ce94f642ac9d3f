/**
 * Reconciliation: each person's distinct payments (one serial = one payment across dumps), refunds, duplicates,
 * who counts on any day and towards which line of the task table. Start at {@link zhengjiao.reconcile.Ledger}; a 两险
 * campaign counts the resident pension in a second ledger fed through {@link zhengjiao.reconcile.PensionSieve}.
 * 钱表相符 (the agents' cash record against the register's agent-channel payments):
 * {@link zhengjiao.reconcile.AgentPayments} and {@link zhengjiao.reconcile.CashReconciliation}.
 */
package zhengjiao.reconcile;
