package zhengjiao.report;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class RankingTest {

    private static List<Rate> rates(long... paidTaskPairs) {
        List<Rate> list = new java.util.ArrayList<>();
        for (int i = 0; i < paidTaskPairs.length; i += 2) {
            list.add(new Rate(paidTaskPairs[i], paidTaskPairs[i + 1]));
        }
        return list;
    }

    @Test
    void equalRatesShareARankAndTheNextRankIsSkipped() {
        // 90%, 75% (3/4), 75% (6/8), 50%
        assertArrayEquals(new int[] {1, 2, 2, 4}, Ranking.ranks(rates(9, 10, 3, 4, 6, 8, 1, 2)));
    }

    @Test
    void aUnitWithoutTaskRanksLast() {
        assertArrayEquals(new int[] {2, 1, 3}, Ranking.ranks(rates(1, 2, 3, 4, 5, 0)));
    }

    @Test
    void bottomPlacesIncludeEveryUnitTiedAtTheBoundary() {
        // rates 100%, 80%, 50%, 50%, 10%: bottom 2 = the two 50% and the 10%
        boolean[] bottom = Ranking.bottom(rates(1, 1, 4, 5, 1, 2, 2, 4, 1, 10), 2);
        assertArrayEquals(new boolean[] {false, false, true, true, true}, bottom);
    }

    @Test
    void noUnitIsBottomWhenAllRatesAreEqual() {
        assertArrayEquals(new boolean[] {false, false, false}, Ranking.bottom(rates(0, 5, 0, 7, 0, 9), 1));
    }

    @Test
    void rateIsExactAndPrintsAsPercent() {
        assertEquals(0, new Rate(1, 3).compareTo(new Rate(2, 6)));
        assertEquals("33.33%", new Rate(1, 3).percent());
        assertEquals(1.0 / 3, new Rate(1, 3).value());
    }
}
