package dev.boundbench.analysis.render;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.boundbench.analysis.stats.Estimate;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Number text is the same under every default locale; markdown escapes only what acts. */
class NumTest {

    private Locale before;

    @BeforeEach
    void german() {
        before = Locale.getDefault();
        Locale.setDefault(Locale.GERMANY);
    }

    @AfterEach
    void restore() {
        Locale.setDefault(before);
    }

    @Test
    void sig_underGermanLocale_usesDecimalPoint() {
        assertEquals("1.00", Num.sig(1, 3));
        assertEquals("0.945", Num.sig(0.94549, 3));
        assertEquals("12341", Num.sig(12341.4, 4));
        assertEquals("1.23e-05", Num.sig(0.0000123, 3));
        assertEquals("n/a", Num.sig(Double.NaN, 3));
        assertEquals("∞", Num.sig(Double.POSITIVE_INFINITY, 3));
    }

    @Test
    void times_withInterval_showsBrackets() {
        assertEquals("1.95× [1.80, 2.10]", Num.times(new Estimate(1.95, 1.8, 2.1)));
        assertEquals("1.00×", Num.times(new Estimate(1, 1, 1)));
        assertEquals("n/a", Num.times(Estimate.UNKNOWN));
    }

    @Test
    void at_threads_readsAsWords() {
        assertEquals("1 thread", Num.at("threads", 1));
        assertEquals("8 threads", Num.at("threads", 8));
        assertEquals("size=30", Num.at("size", 30));
    }

    @Test
    void text_markdownSpecials_escapedButIntrawordUnderscoreKept() {
        assertEquals("PLATFORM_POOL \\*x\\* \\_y\\_ \\`z\\` a|b", Md.text("PLATFORM_POOL *x* _y_ `z` a|b"));
        assertEquals("fib-tasks-8", Md.slug("fib (tasks=8)"));
        assertEquals("workload", Md.slug("日本"));
    }
}
