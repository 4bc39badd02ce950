package dev.boundbench.workload.signatures;

import dev.boundbench.net.Loopback;
import dev.boundbench.workload.Kind;
import dev.boundbench.workload.Scratch;
import dev.boundbench.workload.Workload;

/**
 * Workload signatures for the catalog's tests, outside the scanned package (so discovery never
 * sees the invalid ones); each class is loaded by name.
 */
public final class ResourceSignatures {

    private ResourceSignatures() {
    }

    /** Takes both resources, in the order opposite to their names: each must arrive in its place. */
    public static final class BothResources {
        private BothResources() {
        }

        @Workload(name = "both", kind = Kind.IO, defaultSize = 1, sizeMeaning = "a number")
        public static long both(int size, Scratch scratch, Loopback loopback) {
            return size + (scratch.directory() != null ? 10 : 0) + (loopback.uri(size) != null ? 100 : 0);
        }
    }

    /** Takes a parameter that is no resource. */
    public static final class NotAResource {
        private NotAResource() {
        }

        @Workload(name = "not-a-resource", kind = Kind.IO, defaultSize = 1, sizeMeaning = "a number")
        public static long notAResource(int size, String name) {
            return size;
        }
    }

    /** Takes the same resource twice. */
    public static final class SameResourceTwice {
        private SameResourceTwice() {
        }

        @Workload(name = "twice", kind = Kind.IO, defaultSize = 1, sizeMeaning = "a number")
        public static long twice(int size, Scratch first, Scratch second) {
            return size;
        }
    }
}
