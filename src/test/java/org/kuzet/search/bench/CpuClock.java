package org.kuzet.search.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

/**
 * CPU time used by this JVM and by the PostgreSQL server whose data directory is given (its postmaster and every
 * backend), from /proc. On a machine shared with other work the wall-clock time says little; the CPU time says
 * what the work costs, and so how fast it would run with cores of its own. Linux only; elsewhere reports zero.
 */
final class CpuClock {

    private static final double TICKS = 100.0; // USER_HZ on Linux

    private final String dataDirectory;

    CpuClock(Path dataDirectory) {
        this.dataDirectory = dataDirectory.toAbsolutePath().toString();
    }

    /** Seconds of CPU used so far by the JVM and by the live PostgreSQL processes. */
    double seconds() {
        double jvm = ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
                .getProcessCpuTime() / 1e9;
        return jvm + postgres();
    }

    double postgresSeconds() {
        return postgres();
    }

    private double postgres() {
        try (Stream<Path> procs = Files.list(Path.of("/proc"))) {
            List<Path> pids = procs.filter(p -> p.getFileName().toString().chars().allMatch(Character::isDigit)).toList();
            Set<String> tree = new HashSet<>();
            for (Path pid : pids) {
                String cmdline = read(pid.resolve("cmdline")).replace('\0', ' ');
                if (cmdline.contains("postgres") && cmdline.contains(dataDirectory)) {
                    tree.add(pid.getFileName().toString());
                }
            }
            double ticks = 0;
            for (Path pid : pids) {
                String[] stat = fields(read(pid.resolve("stat")));
                if (stat.length > 15 && (tree.contains(pid.getFileName().toString()) || tree.contains(stat[3]))) {
                    // utime, stime, and the CPU of children that have ended (cutime, cstime)
                    ticks += Long.parseLong(stat[13]) + Long.parseLong(stat[14]) + Long.parseLong(stat[15])
                            + Long.parseLong(stat[16]);
                }
            }
            return ticks / TICKS;
        } catch (IOException | RuntimeException e) {
            return 0;
        }
    }

    /** The fields of /proc/PID/stat, the command (in parentheses, may hold spaces) as one field. */
    private static String[] fields(String stat) {
        int close = stat.lastIndexOf(')');
        if (close < 0) {
            return new String[0];
        }
        String rest = stat.substring(close + 2);
        String[] after = rest.split(" ");
        String[] all = new String[after.length + 2];
        all[0] = stat.substring(0, stat.indexOf(' '));
        all[1] = stat.substring(stat.indexOf('('), close + 1);
        System.arraycopy(after, 0, all, 2, after.length);
        return all;
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException | RuntimeException e) {
            return "";
        }
    }
}
