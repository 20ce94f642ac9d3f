/**
 * {@code zhengjiao check}: validates a campaign folder before the campaign starts and lists every finding
 * (errors and warnings, each with file and row). Start at {@link zhengjiao.check.FolderCheck}; the task
 * table's own rules are in {@link zhengjiao.check.TaskTableCheck}.
 */
package zhengjiao.check;
