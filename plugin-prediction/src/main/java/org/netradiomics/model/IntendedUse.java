package org.netradiomics.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Compares a case with a package's intended use: the machine-readable keys {@code lesionSites}, {@code ctPhases}
 * (lists) and {@code minimumLesionSizeMm} of the package's {@code intendedUse} block. Each mismatch becomes a warning
 * that names what the model was developed on; a key the package or the case does not state is not checked.
 */
public final class IntendedUse {
    private IntendedUse() {}

    /** Warnings for {@code context} against {@code p}'s intended use (empty when nothing mismatches). */
    public static List<String> mismatches(ModelPackage p, PredictionContext context) {
        List<String> w = new ArrayList<>();
        Map<String, Object> use = p.intendedUse();
        if (context.lesionSite() != null && use.get("lesionSites") instanceof List<?> sites && !sites.isEmpty()
                && !sites.contains(context.lesionSite())) {
            w.add("intended-use mismatch: model '" + p.id() + "' was developed on " + sites + " lesions, this case is "
                    + context.lesionSite());
        }
        if (context.ctPhase() != null && use.get("ctPhases") instanceof List<?> phases && !phases.isEmpty()
                && !phases.contains(context.ctPhase())) {
            w.add("intended-use mismatch: model '" + p.id() + "' was developed on " + phases + " phase CT, this CT "
                    + "is " + context.ctPhase());
        }
        if (!Double.isNaN(context.smallestLesionMm()) && use.get("minimumLesionSizeMm") instanceof Number min
                && context.smallestLesionMm() < min.doubleValue()) {
            w.add(String.format(java.util.Locale.ROOT, "intended-use mismatch: model '%s' was developed on lesions of "
                    + "at least %s mm; the smallest lesion here measures %.1f mm", p.id(), min, context.smallestLesionMm()));
        }
        return w;
    }
}
