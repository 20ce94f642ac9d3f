/**
 * The campaign's values: resident IDs ({@link zhengjiao.domain.ResidentId}), tolerant place names
 * ({@link zhengjiao.domain.PlaceNames}), settings, the task table, payment rows, exclusions, groups, contacts,
 * roster people, subsidy policies ({@link zhengjiao.domain.Policy}) and department-list rows. Immutable records; money in fen or BigDecimal.
 */
package zhengjiao.domain;
