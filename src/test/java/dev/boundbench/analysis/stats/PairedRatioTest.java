package dev.boundbench.analysis.stats;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.boundbench.analysis.read.RawSamples;
import java.util.List;
import org.apache.commons.math3.distribution.TDistribution;
import org.junit.jupiter.api.Test;

/** The units of {@link PairedRatio}'s intervals: blocks of iterations in one fork, forks with several. */
class PairedRatioTest {

    @Test
    void blocks_tenValues_eightBlocksOfOneOrTwo() {
        List<PairedRatio.Unit> blocks = PairedRatio.blocks(new double[] {1, 2, 3, 4, 5, 6, 7, 8, 9, 10});
        assertArrayEquals(new double[] {1, 2, 3, 4.5, 6, 7, 8, 9.5},
                blocks.stream().mapToDouble(PairedRatio.Unit::mean).toArray(), 1e-12);
        assertArrayEquals(new double[] {1, 1, 1, 2, 1, 1, 1, 2},
                blocks.stream().mapToDouble(PairedRatio.Unit::weight).toArray(), 1e-12);
    }

    @Test
    void blocks_eightOrFewer_eachItsOwnBlock() {
        List<PairedRatio.Unit> blocks = PairedRatio.blocks(new double[] {3, 1, 4, 1, 5});
        assertArrayEquals(new double[] {3, 1, 4, 1, 5},
                blocks.stream().mapToDouble(PairedRatio.Unit::mean).toArray(), 1e-12);
    }

    @Test
    void of_oneForkOfTen_valueIsTheMeanOfEveryIteration() {
        double[] a = new double[10];
        double[] b = new double[10];
        double sum = 0;
        for (int i = 0; i < 10; i++) {
            b[i] = 10;
            a[i] = 10 * Math.exp(0.01 * i);
            sum += 0.01 * i;
        }
        Estimate ratio = PairedRatio.of(new RawSamples(List.of(a), "g"), new RawSamples(List.of(b), "g"));
        assertEquals(Math.exp(sum / 10), ratio.value(), 1e-12);
    }

    @Test
    void of_oneFork_intervalOverMeansOfBlocksOfFour() {
        double[] logs = new double[32];
        for (int i = 0; i < logs.length; i++) {
            logs[i] = 0.01 * ((i * 7) % 5 - 2);
        }
        double[] a = new double[32];
        double[] b = new double[32];
        for (int i = 0; i < 32; i++) {
            b[i] = 10 + i % 3;
            a[i] = b[i] * Math.exp(logs[i]);
        }
        Estimate ratio = PairedRatio.of(new RawSamples(List.of(a), "g"), new RawSamples(List.of(b), "g"));
        double[] blocks = new double[8];
        for (int k = 0; k < 8; k++) {
            blocks[k] = (logs[4 * k] + logs[4 * k + 1] + logs[4 * k + 2] + logs[4 * k + 3]) / 4;
        }
        double mean = java.util.Arrays.stream(blocks).average().orElseThrow();
        double sd = Math.sqrt(java.util.Arrays.stream(blocks).map(x -> (x - mean) * (x - mean)).sum() / 7);
        double half = new TDistribution(7).inverseCumulativeProbability(0.975) * sd / Math.sqrt(8);
        assertEquals(Math.exp(mean), ratio.value(), 1e-12);
        assertEquals(Math.exp(mean - half), ratio.low(), 1e-12);
        assertEquals(Math.exp(mean + half), ratio.high(), 1e-12);
    }

    @Test
    void of_threeForks_forksAreTheUnits() {
        double[][] logs = {{0.01, 0.03}, {-0.02, 0.00}, {0.04, 0.02}};
        double[] forkMeans = {0.02, -0.01, 0.03};
        double mean = (0.02 - 0.01 + 0.03) / 3;
        double sd = Math.sqrt(java.util.Arrays.stream(forkMeans).map(x -> (x - mean) * (x - mean)).sum() / 2);
        double half = new TDistribution(2).inverseCumulativeProbability(0.975) * sd / Math.sqrt(3);
        List<double[]> a = new java.util.ArrayList<>();
        List<double[]> b = new java.util.ArrayList<>();
        for (double[] fork : logs) {
            b.add(new double[] {20, 21});
            a.add(new double[] {20 * Math.exp(fork[0]), 21 * Math.exp(fork[1])});
        }
        Estimate ratio = PairedRatio.of(new RawSamples(a, "g"), new RawSamples(b, "g"));
        assertEquals(Math.exp(mean - half), ratio.low(), 1e-12);
        assertEquals(Math.exp(mean + half), ratio.high(), 1e-12);
    }
}
