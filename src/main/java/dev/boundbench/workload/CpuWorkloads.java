package dev.boundbench.workload;

/** Work bounded by a core: the articles' recursive Fibonacci and prime sum. */
public final class CpuWorkloads {

    private CpuWorkloads() {
    }

    /** Naive recursive Fibonacci, exponential on purpose: {@code fib(30) = 832040}. */
    @Workload(name = "fib", kind = Kind.CPU, defaultSize = 30, sizeMeaning = "n of fib(n)",
            granularity = "5,10,15,20,25,30")
    public static long fib(int n) {
        if (n < 0) {
            throw new IllegalArgumentException("fib needs n >= 0, got " + n);
        }
        return fibUnchecked(n);
    }

    private static long fibUnchecked(int n) {
        return n < 2 ? n : fibUnchecked(n - 1) + fibUnchecked(n - 2);
    }

    /**
     * Sum of the primes up to {@code limit}, each number tested by 6k±1 trial division, as in the
     * articles: {@code primeSum(2_000_000) = 142913828922}.
     */
    @Workload(name = "prime-sum", kind = Kind.CPU, defaultSize = 200_000,
            sizeMeaning = "limit: primes <= limit are summed", granularity = "30,200,1500,8000,50000,300000")
    public static long primeSum(int limit) {
        if (limit < 0) {
            throw new IllegalArgumentException("prime-sum needs limit >= 0, got " + limit);
        }
        long sum = 0;
        for (int candidate = 2; candidate <= limit; candidate++) {
            if (isPrime(candidate)) {
                sum += candidate;
            }
        }
        return sum;
    }

    static boolean isPrime(int n) {
        if (n < 2) {
            return false;
        }
        if (n < 4) {
            return true;
        }
        if (n % 2 == 0 || n % 3 == 0) {
            return false;
        }
        for (int k = 5; (long) k * k <= n; k += 6) {
            if (n % k == 0 || n % (k + 2) == 0) {
                return false;
            }
        }
        return true;
    }
}
