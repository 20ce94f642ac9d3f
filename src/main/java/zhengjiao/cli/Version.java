package zhengjiao.cli;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;
import picocli.CommandLine;

/** {@code zhengjiao --version}: the project version, filled into {@code zhengjiao/version.properties} by the build. */
final class Version implements CommandLine.IVersionProvider {

    /** The version, or "未知" when the program was not built by Maven. */
    static String number() {
        try (InputStream in = Version.class.getResourceAsStream("/zhengjiao/version.properties")) {
            if (in != null) {
                Properties p = new Properties();
                p.load(in);
                String v = p.getProperty("version", "");
                if (!v.isBlank() && !v.contains("${")) {
                    return v.strip();
                }
            }
        } catch (IOException e) {
            // fall through to the manifest
        }
        String manifest = Version.class.getPackage().getImplementationVersion();
        return manifest != null ? manifest : "未知";
    }

    @Override
    public String[] getVersion() {
        return new String[] {"zhengjiao 版本 " + number()};
    }
}
