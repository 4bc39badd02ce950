package dev.boundbench.net;

import java.nio.ByteBuffer;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.concurrent.ConcurrentHashMap;
import java.util.zip.CRC32C;

/**
 * The pages a {@link PageServer} serves: page {@code k} is {@code k} KiB of fixed pseudo-random
 * bytes, the same in every JVM, and its CRC32C lets a client check every byte it received.
 */
public final class Pages {

    /** The largest page, in KiB (64 MiB). */
    public static final int MAX_KIB = 65_536;

    private static final Map<Integer, Long> CHECKSUMS = new ConcurrentHashMap<>();

    private Pages() {
    }

    /**
     * @throws IllegalArgumentException naming the size and the valid range
     */
    public static void checkSize(int kib) {
        if (kib < 0 || kib > MAX_KIB) {
            throw new IllegalArgumentException("A page is 0 to " + MAX_KIB + " KiB, got " + kib);
        }
    }

    /** The bytes of page {@code kib}, written into {@code target} from its position on. */
    static void write(int kib, ByteBuffer target) {
        checkSize(kib);
        SplittableRandom random = new SplittableRandom(kib);
        int bytes = kib * 1024;
        for (int i = 0; i < bytes; i += Long.BYTES) {
            target.putLong(random.nextLong());
        }
    }

    /** The bytes of page {@code kib}, in a new array. */
    public static byte[] bytes(int kib) {
        checkSize(kib);
        byte[] page = new byte[kib * 1024];
        write(kib, ByteBuffer.wrap(page));
        return page;
    }

    /** The CRC32C of page {@code kib}, worked out once per size and JVM. */
    public static long checksum(int kib) {
        checkSize(kib);
        return CHECKSUMS.computeIfAbsent(kib, size -> {
            CRC32C crc = new CRC32C();
            crc.update(bytes(size));
            return crc.getValue();
        });
    }
}
