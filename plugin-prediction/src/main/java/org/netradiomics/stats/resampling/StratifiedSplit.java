package org.netradiomics.stats.resampling;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

import org.netradiomics.volume.InvalidInputException;

/**
 * Stratified resampling of a cohort on a binary outcome (or any class label): a train/test split keeping each
 * class's proportion, and k-fold assignments with each class spread evenly over the folds. Deterministic for a
 * given seed (Java's SplittableRandom; the sequence differs from R's {@code set.seed}, so splits made in R are
 * passed in as fold vectors instead).
 */
public final class StratifiedSplit {
    private StratifiedSplit() {}

    /** A split: sample indices (0-based, ascending) of the training and the test part. */
    public record Split(int[] train, int[] test) {}

    /**
     * Puts {@code round(trainFraction × n_c)} samples of each class c in the training part, chosen at random.
     */
    public static Split trainTest(int[] classOf, double trainFraction, long seed) {
        if (!(trainFraction > 0 && trainFraction < 1)) {
            throw new InvalidInputException("training fraction must be between 0 and 1 (e.g. 0.7), got " + trainFraction);
        }
        SplittableRandom random = new SplittableRandom(seed);
        boolean[] inTrain = new boolean[classOf.length];
        for (List<Integer> members : byClass(classOf)) {
            int[] order = shuffled(members, random);
            int take = (int) Math.round(trainFraction * order.length);
            if (take == 0 || take == order.length) {
                throw new InvalidInputException("a class with " + order.length + " samples cannot be split "
                        + Math.round(trainFraction * 100) + "/" + Math.round((1 - trainFraction) * 100)
                        + " with both parts non-empty; collect more cases of that class");
            }
            for (int t = 0; t < take; t++) {
                inTrain[order[t]] = true;
            }
        }
        return new Split(indices(inTrain, true), indices(inTrain, false));
    }

    /**
     * Fold numbers 1..k (as {@code cv.glmnet}'s {@code foldid}): each class's samples, in random order, are dealt to
     * the folds in turn, so fold sizes per class differ by at most one.
     */
    public static int[] folds(int[] classOf, int k, long seed) {
        if (k < 2) {
            throw new InvalidInputException("cross-validation needs at least 2 folds, got " + k);
        }
        if (k > classOf.length) {
            throw new InvalidInputException(k + " folds requested for only " + classOf.length + " samples");
        }
        SplittableRandom random = new SplittableRandom(seed);
        int[] fold = new int[classOf.length];
        int next = 0;
        for (List<Integer> members : byClass(classOf)) {
            for (int i : shuffled(members, random)) {
                fold[i] = next % k + 1;
                next++;
            }
        }
        return fold;
    }

    /** A bootstrap sample: n indices drawn with replacement. */
    public static int[] bootstrap(int n, SplittableRandom random) {
        int[] idx = new int[n];
        for (int i = 0; i < n; i++) {
            idx[i] = random.nextInt(n);
        }
        return idx;
    }

    /** Class labels from a binary outcome (0 = negative, 1 = positive). */
    public static int[] classes(boolean[] positive) {
        int[] c = new int[positive.length];
        for (int i = 0; i < c.length; i++) {
            c[i] = positive[i] ? 1 : 0;
        }
        return c;
    }

    private static List<List<Integer>> byClass(int[] classOf) {
        List<Integer> labels = new ArrayList<>();
        List<List<Integer>> groups = new ArrayList<>();
        for (int i = 0; i < classOf.length; i++) {
            int g = labels.indexOf(classOf[i]);
            if (g < 0) {
                labels.add(classOf[i]);
                groups.add(new ArrayList<>());
                g = labels.size() - 1;
            }
            groups.get(g).add(i);
        }
        return groups;
    }

    private static int[] shuffled(List<Integer> members, SplittableRandom random) {
        int[] a = members.stream().mapToInt(Integer::intValue).toArray();
        for (int i = a.length - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            int t = a[i];
            a[i] = a[j];
            a[j] = t;
        }
        return a;
    }

    private static int[] indices(boolean[] flag, boolean value) {
        int count = 0;
        for (boolean f : flag) {
            count += f == value ? 1 : 0;
        }
        int[] out = new int[count];
        int k = 0;
        for (int i = 0; i < flag.length; i++) {
            if (flag[i] == value) {
                out[k++] = i;
            }
        }
        return out;
    }
}
