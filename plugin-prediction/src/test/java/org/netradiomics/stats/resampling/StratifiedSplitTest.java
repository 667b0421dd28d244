package org.netradiomics.stats.resampling;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;

import org.junit.jupiter.api.Test;
import org.netradiomics.volume.InvalidInputException;

/** Stratified splits and folds: class proportions by hand counts. */
class StratifiedSplitTest {
    // 20 negatives then 10 positives
    private static final int[] CLASSES = new int[30];

    static {
        Arrays.fill(CLASSES, 20, 30, 1);
    }

    @Test
    void trainTestKeepsEachClassProportion() {
        StratifiedSplit.Split s = StratifiedSplit.trainTest(CLASSES, 0.7, 6);
        // 70% of 20 = 14 negatives and 70% of 10 = 7 positives in training; 6 + 3 in test
        assertEquals(21, s.train().length);
        assertEquals(9, s.test().length);
        assertEquals(7, Arrays.stream(s.train()).filter(i -> CLASSES[i] == 1).count());
        assertEquals(3, Arrays.stream(s.test()).filter(i -> CLASSES[i] == 1).count());
        int[] all = new int[30];
        for (int i : s.train()) {
            all[i]++;
        }
        for (int i : s.test()) {
            all[i]++;
        }
        assertTrue(Arrays.stream(all).allMatch(c -> c == 1), "every sample in exactly one part");
        assertArrayEquals(s.train(), StratifiedSplit.trainTest(CLASSES, 0.7, 6).train(), "same seed, same split");
    }

    @Test
    void foldsSpreadEachClass() {
        int[] fold = StratifiedSplit.folds(CLASSES, 3, 1);
        for (int f = 1; f <= 3; f++) {
            int ff = f;
            long pos = java.util.stream.IntStream.range(0, 30).filter(i -> fold[i] == ff && CLASSES[i] == 1).count();
            long size = Arrays.stream(fold).filter(v -> v == ff).count();
            // 10 positives over 3 folds: 3 or 4 each; 30 samples: 10 per fold
            assertTrue(pos == 3 || pos == 4, "fold " + f + " has " + pos + " positives");
            assertEquals(10, size);
        }
        assertThrows(InvalidInputException.class, () -> StratifiedSplit.folds(CLASSES, 1, 1));
        int[] tiny = {0, 0, 0, 1};
        InvalidInputException e = assertThrows(InvalidInputException.class,
                () -> StratifiedSplit.trainTest(tiny, 0.7, 1));
        assertTrue(e.getMessage().contains("1 samples"), e.getMessage());
    }
}
