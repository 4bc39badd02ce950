package dev.boundbench.analysis.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.awt.Color;
import java.awt.geom.Rectangle2D;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.text.NumberFormat;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.jfree.chart.axis.AxisState;
import org.jfree.chart.axis.NumberTick;
import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.svg.SVGGraphics2D;
import org.junit.jupiter.api.Test;

/** The charts' threads axis ticks at the ladder, and each engine's one colour and marker. */
class ChartStylesTest {

    private static final NumberFormat FORMAT = new DecimalFormat("0.###", DecimalFormatSymbols.getInstance(Locale.ROOT));

    private static List<String> tickLabels(ValueAxis axis) {
        List<?> ticks = axis.refreshTicks(new SVGGraphics2D(900, 560), new AxisState(),
                new Rectangle2D.Double(0, 0, 800, 500), RectangleEdge.BOTTOM);
        return ticks.stream().map(t -> ((NumberTick) t).getText()).toList();
    }

    private static List<Double> tickValues(ValueAxis axis) {
        List<?> ticks = axis.refreshTicks(new SVGGraphics2D(900, 560), new AxisState(),
                new Rectangle2D.Double(0, 0, 800, 500), RectangleEdge.BOTTOM);
        return ticks.stream().map(t -> ((NumberTick) t).getValue()).toList();
    }

    @Test
    void ladderAxis_linear_ticksAtTheLadderOnly() {
        ValueAxis axis = LadderAxis.of("threads", new double[] {1, 2, 4}, false, FORMAT);

        assertEquals(List.of(1.0, 2.0, 4.0), tickValues(axis));
        assertEquals(List.of("1", "2", "4"), tickLabels(axis));
    }

    @Test
    void ladderAxis_log_ticksAtTheLadderOnly() {
        ValueAxis axis = LadderAxis.of("threads (log scale)", new double[] {1, 10, 100, 1000, 10000}, true, FORMAT);

        assertEquals(List.of("1", "10", "100", "1000", "10000"), tickLabels(axis));
    }

    @Test
    void ladderAxis_longLadder_labelsEveryKthTick() {
        double[] ladder = new double[40];
        for (int i = 0; i < ladder.length; i++) {
            ladder[i] = i + 1;
        }
        List<String> labels = tickLabels(LadderAxis.of("threads", ladder, false, FORMAT));

        assertEquals(40, labels.size());
        assertEquals(List.of("1", "", "", "4"), labels.subList(0, 4));
        assertEquals(14, labels.stream().filter(l -> !l.isEmpty()).count());
    }

    @Test
    void engineStyles_suiteEngines_sameStyleWhateverElseIsDrawn() {
        EngineStyles one = new EngineStyles(List.of("virtual"));
        EngineStyles all = new EngineStyles(List.of("zeta", "process-pool", "virtual", "alpha", "sequential"));

        assertEquals(new Color(0x009E73), one.colour("virtual"));
        assertEquals(one.colour("virtual"), all.colour("virtual"));
        assertEquals(one.marker("virtual"), all.marker("virtual"));
        assertEquals(Color.BLACK, all.colour("sequential"));
        assertEquals(new Color(0x0072B2), one.colour("platform-pool"));
    }

    @Test
    void engineStyles_otherEngines_takeTheNextFreeStylesByName() {
        EngineStyles styles = new EngineStyles(List.of("zeta", "platform-pool", "alpha"));

        assertEquals(new Color(0x56B4E9), styles.colour("alpha"));
        assertEquals(new Color(0x999933), styles.colour("zeta"));
        assertEquals(styles.colour("alpha"), new EngineStyles(List.of("alpha", "zeta")).colour("alpha"));
        assertThrows(IllegalArgumentException.class, () -> styles.colour("unseen"));
    }

    @Test
    void engineStyles_beyondThePalette_everyEngineItsOwnColour() {
        List<String> engines = List.of("e01", "e02", "e03", "e04", "e05", "e06", "e07", "e08", "e09", "e10");
        EngineStyles styles = new EngineStyles(engines);
        Set<Color> colours = new HashSet<>();
        EngineStyles.KNOWN.forEach(e -> colours.add(styles.colour(e)));
        engines.forEach(e -> colours.add(styles.colour(e)));

        assertEquals(16, colours.size());
        assertNotEquals(styles.marker("sequential"), styles.marker("platform-pool"));
    }
}
