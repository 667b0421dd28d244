package org.netradiomics.training;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.netradiomics.stats.selection.IntraclassCorrelation;
import org.netradiomics.volume.InvalidInputException;

/**
 * Keeps features reproducible under re-segmentation: ICC(3,1) (two-way mixed, consistency, single measure, as
 * {@code psych::ICC}'s ICC3) between the first and the repeated segmentation of the same patients, above a threshold
 * (0.8 in the LNM and gastric NEN studies). Patients are matched by an identifier column.
 */
public final class ReproducibilityFilter {
    private ReproducibilityFilter() {}

    /** Features of {@code features} whose ICC(3,1) between the two tables exceeds {@code threshold}. */
    public static List<String> keep(CohortTable first, CohortTable repeated, String id, List<String> features,
            double threshold) {
        String[] repeatedIds = repeated.text(id);
        Map<String, Integer> row = new HashMap<>();
        String[] firstIds = first.text(id);
        for (int i = 0; i < firstIds.length; i++) {
            row.put(firstIds[i], i);
        }
        int[] match = new int[repeatedIds.length];
        for (int i = 0; i < repeatedIds.length; i++) {
            Integer r = row.get(repeatedIds[i]);
            if (r == null) {
                throw new InvalidInputException("re-segmented patient '" + repeatedIds[i] + "' is not in the cohort");
            }
            match[i] = r;
        }
        if (match.length < 5) {
            throw new InvalidInputException("the re-segmentation table has " + match.length + " patients; an ICC "
                    + "filter needs at least 5 (the studies used 30)");
        }
        List<String> kept = new ArrayList<>();
        for (String f : features) {
            double[] a = first.numeric(f);
            double[] b = repeated.numeric(f);
            double[][] ratings = new double[match.length][];
            for (int i = 0; i < match.length; i++) {
                ratings[i] = new double[] {a[match[i]], b[i]};
            }
            if (IntraclassCorrelation.of(ratings).icc3() > threshold) {
                kept.add(f);
            }
        }
        return kept;
    }
}
