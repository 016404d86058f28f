package dev.newsgraph.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The memory figures of this JVM: peak heap from the heap pools' peak usage (reset at
 * {@link #reset}), the heap left live after a full collection, and the peak resident set from
 * {@code /proc/self/status} (VmHWM; Linux only, the whole process).
 */
public final class MemoryProbe {
    private MemoryProbe() {
    }

    /** Forgets the pools' peaks so far. */
    public static void reset() {
        for (MemoryPoolMXBean p : ManagementFactory.getMemoryPoolMXBeans()) {
            if (p.getType() == MemoryType.HEAP) {
                p.resetPeakUsage();
            }
        }
    }

    /** Sum of the heap pools' peak usage since {@link #reset}: each pool peaks at its own moment, so an upper bound. */
    public static long peakHeap() {
        long sum = 0;
        for (MemoryPoolMXBean p : ManagementFactory.getMemoryPoolMXBeans()) {
            if (p.getType() == MemoryType.HEAP && p.getPeakUsage() != null) {
                sum += p.getPeakUsage().getUsed();
            }
        }
        return sum;
    }

    /** Heap in use after a full collection: what stays (models, lexicons, caches). */
    public static long liveHeap() {
        System.gc();
        System.gc();
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }

    /** Milliseconds all garbage collectors of this JVM have spent so far (they run on threads of their own). */
    public static long gcMillis() {
        long sum = 0;
        for (java.lang.management.GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
            sum += Math.max(0, gc.getCollectionTime());
        }
        return sum;
    }

    /** The heap limit (-Xmx) of this JVM. */
    public static long maxHeap() {
        return Runtime.getRuntime().maxMemory();
    }

    /** Peak resident set size of this process in bytes, or -1 where {@code /proc} is not there. */
    public static long peakRss() {
        return statusField("VmHWM:");
    }

    static long statusField(String field) {
        try {
            for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
                if (line.startsWith(field)) {
                    String[] parts = line.substring(field.length()).trim().split("\\s+");
                    return Long.parseLong(parts[0]) * 1024L;
                }
            }
        } catch (IOException | RuntimeException e) {
            return -1;
        }
        return -1;
    }
}
