/**
 * The command line: {@code zhengjiao run|check|decompose|sample}, help in Chinese, and the one place where
 * errors become exit codes (0 done, 1 input errors, 2 usage errors). Start at {@link zhengjiao.cli.Main}.
 */
package zhengjiao.cli;
