/**
 * The campaign's values: resident IDs ({@link zhengjiao.domain.ResidentId}), tolerant place names
 * ({@link zhengjiao.domain.PlaceNames}), settings, the task table, payment rows, exclusions, groups, contacts and
 * roster people. Immutable records; money in fen or BigDecimal.
 */
package zhengjiao.domain;
