/**
 * {@code zhengjiao decompose}: splits a town's total task over its villages in proportion to population.
 * Start at {@link zhengjiao.decompose.Apportionment} (the arithmetic) and
 * {@link zhengjiao.decompose.Decomposition} (reading the population table and writing the 任务分解表).
 */
package zhengjiao.decompose;
