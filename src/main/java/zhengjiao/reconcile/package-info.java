/**
 * Reconciliation: each person's distinct payments (one serial = one payment across dumps), refunds, duplicates,
 * who counts on any day and towards which line of the task table. Start at {@link zhengjiao.reconcile.Ledger}.
 */
package zhengjiao.reconcile;
