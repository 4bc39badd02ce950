package dev.boundbench.engine;

import com.sun.management.HotSpotDiagnosticMXBean;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Lists live threads, virtual ones included, whose names start with a prefix. */
public final class LiveThreads {

    private static final Pattern NAME = Pattern.compile("\"name\": \"([^\"]*)\"");

    private LiveThreads() {
    }

    /** Names of live platform and virtual threads starting with {@code prefix}, from a JSON thread dump. */
    public static List<String> named(String prefix) {
        try {
            Path dump = Files.createTempFile("boundbench-threads-", ".json");
            Files.delete(dump);
            try {
                ManagementFactory.getPlatformMXBean(HotSpotDiagnosticMXBean.class)
                        .dumpThreads(dump.toString(), HotSpotDiagnosticMXBean.ThreadDumpFormat.JSON);
                List<String> names = new ArrayList<>();
                Matcher matcher = NAME.matcher(Files.readString(dump));
                while (matcher.find()) {
                    if (matcher.group(1).startsWith(prefix)) {
                        names.add(matcher.group(1));
                    }
                }
                return names;
            } finally {
                Files.deleteIfExists(dump);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
