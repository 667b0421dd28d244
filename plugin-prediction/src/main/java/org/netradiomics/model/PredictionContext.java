package org.netradiomics.model;

import java.util.Locale;
import java.util.Set;

import org.netradiomics.volume.InvalidInputException;

/**
 * What is known of the case beside its input values, checked against a package's intended use (a mismatch is a
 * warning, never a refusal): where the lesions are, in which contrast phase the CT was taken, and the smallest
 * lesion's largest diameter.
 *
 * @param lesionSite     liver, pancreas, stomach, lymph-node or other; null = not stated
 * @param ctPhase        arterial, portal-venous, venous, delayed or unenhanced; null = not stated
 * @param smallestLesionMm largest diameter (mm) of the smallest lesion; NaN = not known
 */
public record PredictionContext(String lesionSite, String ctPhase, double smallestLesionMm) {
    /** The lesion sites intended-use blocks and contexts name. */
    public static final Set<String> SITES = Set.of("liver", "pancreas", "stomach", "lymph-node", "other");
    /** The CT phases intended-use blocks and contexts name. */
    public static final Set<String> PHASES = Set.of("arterial", "portal-venous", "venous", "delayed", "unenhanced");
    /** Nothing known. */
    public static final PredictionContext UNKNOWN = new PredictionContext(null, null, Double.NaN);

    public PredictionContext {
        lesionSite = normalise(lesionSite, SITES, "lesion site");
        ctPhase = normalise(ctPhase, PHASES, "CT phase");
        if (!Double.isNaN(smallestLesionMm) && !(smallestLesionMm > 0)) {
            throw new InvalidInputException("the smallest lesion's diameter is " + smallestLesionMm
                    + " mm; it must be positive");
        }
    }

    /** The same context with the smallest lesion's diameter. */
    public PredictionContext withSmallestLesionMm(double mm) {
        return new PredictionContext(lesionSite, ctPhase, mm);
    }

    private static String normalise(String v, Set<String> allowed, String what) {
        if (v == null || v.isBlank()) {
            return null;
        }
        String n = v.trim().toLowerCase(Locale.ROOT).replace(' ', '-').replace('_', '-');
        if (n.equals("portal") || n.equals("portal-venous-phase") || n.equals("pv")) {
            n = "portal-venous";
        }
        if (!allowed.contains(n)) {
            throw new InvalidInputException(what + " '" + v + "' is not known; use one of " + new java.util.TreeSet<>(allowed));
        }
        return n;
    }
}
