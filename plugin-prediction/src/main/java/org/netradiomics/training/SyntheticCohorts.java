package org.netradiomics.training;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;

/**
 * Synthetic cohorts with a known signal, for testing and demonstrating the training pipelines (no real patient
 * data ships with the project). Features are standard normal (with a few near-duplicates and linear mixtures, as
 * radiomics features are) and the outcome depends on the documented ones only.
 */
public final class SyntheticCohorts {
    /** Features that carry the signal in {@link #binary}: logit = −0.3 + 1.2 f1 − 1.0 f2 + 0.8 f3 + clinical. */
    public static final List<String> BINARY_SIGNAL = List.of("original_feature01", "original_feature02",
            "original_feature03");
    /** Features that carry the signal in {@link #survival}: log hazard = 0.9 f1 − 0.7 f2 + clinical. */
    public static final List<String> SURVIVAL_SIGNAL = List.of("original_feature01", "original_feature02");

    private SyntheticCohorts() {}

    /**
     * A TALENT-like cohort: {@code n} patients, {@code p} ≥ 10 features {@code original_featureNN}, Ki-67 (%),
     * primary site (1 = pancreas), centre (A/B/C, with a centre shift of the features), and a binary outcome.
     */
    public static CohortTable binary(int n, int p, long seed) {
        SplittableRandom r = new SplittableRandom(seed);
        List<String> header = header(p);
        header.add("ki67");
        header.add("primary_pancreas");
        header.add("centre");
        header.add("outcome");
        List<String[]> rows = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            double[] f = features(r, p);
            double ki67 = Math.min(100, Math.exp(1.8 + 0.8 * gaussian(r)));
            int pancreas = r.nextDouble() < 0.5 ? 1 : 0;
            String centre = new String[] {"A", "B", "C"}[i % 3];
            double eta = -0.3 + 1.2 * f[0] - 1.0 * f[1] + 0.8 * f[2] + 0.03 * (ki67 - 8) + 0.7 * pancreas;
            int outcome = r.nextDouble() < 1 / (1 + Math.exp(-eta)) ? 1 : 0;
            double shift = centre.equals("B") ? 0.5 : centre.equals("C") ? -0.4 : 0;
            for (int j = 0; j < p; j++) {
                f[j] = 100 + 20 * f[j] + 20 * shift;
            }
            rows.add(row("P" + (i + 1), f, fmt(ki67), Integer.toString(pancreas), centre, Integer.toString(outcome)));
        }
        return new CohortTable("synthetic binary cohort (seed " + seed + ")", header, rows);
    }

    /**
     * A gastric-NEN-like survival cohort: features, Ki-67, M stage (0/1), longest diameter (mm), time (months),
     * event (1 = death); exponential survival with the documented log hazard, uniform censoring.
     */
    public static CohortTable survival(int n, int p, long seed) {
        SplittableRandom r = new SplittableRandom(seed);
        List<String> header = header(p);
        header.add("ki67");
        header.add("m_stage");
        header.add("diameter_mm");
        header.add("time");
        header.add("event");
        List<String[]> rows = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            double[] f = features(r, p);
            double ki67 = Math.min(100, Math.exp(2 + 0.8 * gaussian(r)));
            int m = r.nextDouble() < 0.3 ? 1 : 0;
            double diameter = 20 + 15 * Math.abs(gaussian(r));
            double lp = 0.9 * f[0] - 0.7 * f[1] + 0.02 * (ki67 - 10) + 0.6 * m + 0.01 * (diameter - 30);
            double t = -Math.log(1 - r.nextDouble()) / (0.02 * Math.exp(lp));
            double c = 12 + 60 * r.nextDouble();
            rows.add(row("P" + (i + 1), f, fmt(ki67), Integer.toString(m), fmt(diameter), fmt(Math.min(t, c)),
                    t <= c ? "1" : "0"));
        }
        return new CohortTable("synthetic survival cohort (seed " + seed + ")", header, rows);
    }

    /**
     * An LNM-like cohort: radiomics features {@code original_featureNN} (signal: logit +1.0 f1 − 0.8 f2), deep
     * features {@code deep_featureNN} (signal: +0.9 d1), binary vascular and perineural invasion and grade G2/G3
     * (log odds 1.2, 0.6, 0.8), outcome = lymph-node metastasis.
     */
    public static CohortTable lnm(int n, int p, long seed) {
        SplittableRandom r = new SplittableRandom(seed);
        List<String> header = header(p);
        for (int j = 1; j <= p; j++) {
            header.add(String.format(Locale.ROOT, "deep_feature%02d", j));
        }
        header.addAll(List.of("vascular_invasion", "perineural_invasion", "grade_g2g3", "outcome"));
        List<String[]> rows = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            double[] f = features(r, p);
            double[] d = features(r, p);
            int vi = r.nextDouble() < 0.3 ? 1 : 0;
            int pni = r.nextDouble() < 0.3 ? 1 : 0;
            int grade = r.nextDouble() < 0.4 ? 1 : 0;
            double eta = -1.5 + 1.0 * f[0] - 0.8 * f[1] + 0.9 * d[0] + 1.2 * vi + 0.6 * pni + 0.8 * grade;
            int outcome = r.nextDouble() < 1 / (1 + Math.exp(-eta)) ? 1 : 0;
            String[] deep = new String[p + 4];
            for (int j = 0; j < p; j++) {
                deep[j] = fmt(d[j]);
            }
            deep[p] = Integer.toString(vi);
            deep[p + 1] = Integer.toString(pni);
            deep[p + 2] = Integer.toString(grade);
            deep[p + 3] = Integer.toString(outcome);
            rows.add(row("P" + (i + 1), f, deep));
        }
        return new CohortTable("synthetic LNM cohort (seed " + seed + ")", header, rows);
    }

    /**
     * A re-segmentation of {@code cohort}'s first {@code m} patients: every {@code original_}/{@code deep_} feature
     * re-measured with noise of {@code noiseSd} × its SD, except those listed in {@code unstable} (noise 2 × SD).
     */
    public static CohortTable resegmentation(CohortTable cohort, int m, double noiseSd, List<String> unstable,
            long seed) {
        SplittableRandom r = new SplittableRandom(seed);
        List<String[]> rows = new ArrayList<>();
        for (int i = 0; i < m; i++) {
            String[] row = new String[cohort.columns().size()];
            for (int c = 0; c < row.length; c++) {
                String name = cohort.columns().get(c);
                String v = cohort.text(name)[i];
                if (name.startsWith("original_") || name.startsWith("deep_")) {
                    double noise = unstable.contains(name) ? 2 : noiseSd;
                    v = fmt(Double.parseDouble(v) + noise * gaussian(r));
                }
                row[c] = v;
            }
            rows.add(row);
        }
        return new CohortTable("synthetic re-segmentation (seed " + seed + ")", cohort.columns(), rows);
    }

    /**
     * A RAISE-like lesion-level cohort: 1–5 liver lesions per patient, {@code p} deep features {@code deep_featureNN}
     * generated from three latent patient factors (loadings random, fixed by the seed) plus lesion noise; patient
     * columns repeated on each lesion row: SLD ratio, change in log CgA, PFS time (months) and event. Log hazard =
     * 0.8 u1 + 1.5 (SLD ratio − 1) + 0.6 ΔlogCgA, where u1 is the first latent factor.
     */
    public static CohortTable raise(int n, int p, long seed) {
        SplittableRandom r = new SplittableRandom(seed);
        double[][] loadings = new double[3][p];
        for (double[] row : loadings) {
            for (int j = 0; j < p; j++) {
                row[j] = gaussian(r);
            }
        }
        List<String> header = new ArrayList<>(List.of("patient", "lesion"));
        for (int j = 1; j <= p; j++) {
            header.add(String.format(Locale.ROOT, "deep_feature%02d", j));
        }
        header.addAll(List.of("sld_ratio", "delta_log_cga", "time", "event"));
        List<String[]> rows = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            double[] u = {gaussian(r), gaussian(r), gaussian(r)};
            double sldr = Math.exp(0.15 * gaussian(r));
            double dcga = 0.4 * gaussian(r);
            double lp = 0.8 * u[0] + 1.5 * (sldr - 1) + 0.6 * dcga;
            double t = -Math.log(1 - r.nextDouble()) / (0.04 * Math.exp(lp));
            double c = 6 + 30 * r.nextDouble();
            int lesions = 1 + r.nextInt(5);
            for (int l = 0; l < lesions; l++) {
                String[] row = new String[header.size()];
                row[0] = "P" + (i + 1);
                row[1] = Integer.toString(l + 1);
                for (int j = 0; j < p; j++) {
                    double v = 0.5 * gaussian(r);
                    for (int k = 0; k < 3; k++) {
                        v += u[k] * loadings[k][j];
                    }
                    row[2 + j] = fmt(Math.max(0, v + 2));
                }
                row[2 + p] = fmt(sldr);
                row[3 + p] = fmt(dcga);
                row[4 + p] = fmt(Math.min(t, c));
                row[5 + p] = t <= c ? "1" : "0";
                rows.add(row);
            }
        }
        return new CohortTable("synthetic RAISE cohort (seed " + seed + ")", header, rows);
    }

    private static List<String> header(int p) {
        if (p < 10) {
            throw new IllegalArgumentException("synthetic cohorts have at least 10 features");
        }
        List<String> h = new ArrayList<>();
        h.add("patient");
        for (int j = 1; j <= p; j++) {
            h.add(String.format(Locale.ROOT, "original_feature%02d", j));
        }
        return h;
    }

    /** Standard normal features; f4 ≈ f1 (r ≈ 0.95), f5 mixes f2 and f3, the rest independent. */
    private static double[] features(SplittableRandom r, int p) {
        double[] f = new double[p];
        for (int j = 0; j < p; j++) {
            f[j] = gaussian(r);
        }
        f[3] = 0.95 * f[0] + Math.sqrt(1 - 0.95 * 0.95) * f[3];
        f[4] = 0.6 * f[1] + 0.6 * f[2] + Math.sqrt(1 - 0.72) * f[4];
        return f;
    }

    private static String[] row(String id, double[] f, String... tail) {
        String[] out = new String[1 + f.length + tail.length];
        out[0] = id;
        for (int j = 0; j < f.length; j++) {
            out[1 + j] = fmt(f[j]);
        }
        System.arraycopy(tail, 0, out, 1 + f.length, tail.length);
        return out;
    }

    private static String fmt(double v) {
        return String.format(Locale.ROOT, "%.6f", v);
    }

    static double gaussian(SplittableRandom r) {
        return Math.sqrt(-2 * Math.log(1 - r.nextDouble())) * Math.cos(2 * Math.PI * r.nextDouble());
    }
}
