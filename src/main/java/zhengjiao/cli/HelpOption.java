package zhengjiao.cli;

import picocli.CommandLine.Option;

/** The {@code -h/--help} option every command shares, described in Chinese. */
final class HelpOption {

    @Option(names = {"-h", "--help"}, usageHelp = true, description = "显示帮助并退出")
    boolean help;
}
