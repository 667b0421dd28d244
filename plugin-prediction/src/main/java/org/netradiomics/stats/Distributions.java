package org.netradiomics.stats;

/**
 * Normal and chi-squared distribution functions to full double precision, as R's {@code pnorm}, {@code qnorm},
 * {@code pchisq}. Built on the regularised incomplete gamma function (series for x &lt; a+1, Lentz continued
 * fraction otherwise) and the Lanczos log-gamma (g = 7, 9 terms).
 */
public final class Distributions {
    private static final double[] LANCZOS = {0.99999999999980993, 676.5203681218851, -1259.1392167224028,
        771.32342877765313, -176.61502916214059, 12.507343278686905, -0.13857109526572012,
        9.9843695780195716e-6, 1.5056327351493116e-7};
    private static final double EPS = 1e-16;

    private Distributions() {}

    /** log Γ(x) for x &gt; 0 (Lanczos, relative error about 1e-15). */
    public static double logGamma(double x) {
        if (x < 0.5) {
            return Math.log(Math.PI / Math.abs(Math.sin(Math.PI * x))) - logGamma(1 - x);
        }
        double z = x - 1;
        double a = LANCZOS[0];
        double t = z + 7.5;
        for (int i = 1; i < 9; i++) {
            a += LANCZOS[i] / (z + i);
        }
        return 0.5 * Math.log(2 * Math.PI) + (z + 0.5) * Math.log(t) - t + Math.log(a);
    }

    /** Regularised upper incomplete gamma Q(a, x) = Γ(a, x) / Γ(a). */
    public static double regularizedGammaQ(double a, double x) {
        if (x <= 0) {
            return 1;
        }
        if (x < a + 1) {
            return 1 - gammaSeries(a, x);
        }
        return gammaContinuedFraction(a, x);
    }

    /** Regularised lower incomplete gamma P(a, x). */
    public static double regularizedGammaP(double a, double x) {
        if (x <= 0) {
            return 0;
        }
        if (x < a + 1) {
            return gammaSeries(a, x);
        }
        return 1 - gammaContinuedFraction(a, x);
    }

    private static double gammaSeries(double a, double x) {
        double ap = a;
        double sum = 1 / a;
        double del = sum;
        for (int n = 0; n < 10000; n++) {
            ap += 1;
            del *= x / ap;
            sum += del;
            if (Math.abs(del) < Math.abs(sum) * EPS) {
                break;
            }
        }
        return sum * Math.exp(-x + a * Math.log(x) - logGamma(a));
    }

    private static double gammaContinuedFraction(double a, double x) {
        double tiny = 1e-300;
        double b = x + 1 - a;
        double c = 1 / tiny;
        double d = 1 / b;
        double h = d;
        for (int i = 1; i < 10000; i++) {
            double an = -i * (i - a);
            b += 2;
            d = an * d + b;
            if (Math.abs(d) < tiny) {
                d = tiny;
            }
            c = b + an / c;
            if (Math.abs(c) < tiny) {
                c = tiny;
            }
            d = 1 / d;
            double del = d * c;
            h *= del;
            if (Math.abs(del - 1) < EPS) {
                break;
            }
        }
        return Math.exp(-x + a * Math.log(x) - logGamma(a)) * h;
    }

    /** Upper tail P(X &gt; x) of the chi-squared distribution with {@code df} degrees of freedom ({@code pchisq(x, df, lower=FALSE)}). */
    public static double chiSquaredUpperTail(double x, double df) {
        return regularizedGammaQ(df / 2, x / 2);
    }

    /** Regularised incomplete beta I_x(a, b) (continued fraction, modified Lentz). */
    public static double regularizedBeta(double x, double a, double b) {
        if (x <= 0) {
            return 0;
        }
        if (x >= 1) {
            return 1;
        }
        double logFront = logGamma(a + b) - logGamma(a) - logGamma(b) + a * Math.log(x) + b * Math.log1p(-x);
        if (x < (a + 1) / (a + b + 2)) {
            return Math.exp(logFront) * betaContinuedFraction(x, a, b) / a;
        }
        return 1 - Math.exp(logFront) * betaContinuedFraction(1 - x, b, a) / b;
    }

    private static double betaContinuedFraction(double x, double a, double b) {
        double tiny = 1e-300;
        double c = 1;
        double d = 1 - (a + b) * x / (a + 1);
        d = Math.abs(d) < tiny ? tiny : d;
        d = 1 / d;
        double h = d;
        for (int m = 1; m < 10000; m++) {
            int m2 = 2 * m;
            double aa = m * (b - m) * x / ((a + m2 - 1) * (a + m2));
            d = 1 + aa * d;
            d = Math.abs(d) < tiny ? tiny : d;
            c = 1 + aa / c;
            c = Math.abs(c) < tiny ? tiny : c;
            d = 1 / d;
            h *= d * c;
            aa = -(a + m) * (a + b + m) * x / ((a + m2) * (a + m2 + 1));
            d = 1 + aa * d;
            d = Math.abs(d) < tiny ? tiny : d;
            c = 1 + aa / c;
            c = Math.abs(c) < tiny ? tiny : c;
            d = 1 / d;
            double del = d * c;
            h *= del;
            if (Math.abs(del - 1) < EPS) {
                break;
            }
        }
        return h;
    }

    /** Two-sided p-value P(|T| ≥ |t|) of Student's t with {@code df} (possibly fractional) degrees of freedom. */
    public static double twoSidedStudentP(double t, double df) {
        return regularizedBeta(df / (df + t * t), df / 2, 0.5);
    }

    /** Standard normal density. */
    public static double normalDensity(double z) {
        return Math.exp(-0.5 * z * z) / Math.sqrt(2 * Math.PI);
    }

    /** Standard normal distribution function Φ(z) ({@code pnorm(z)}). */
    public static double normalCdf(double z) {
        double tail = 0.5 * regularizedGammaQ(0.5, 0.5 * z * z);
        return z < 0 ? tail : 1 - tail;
    }

    /** Two-sided p-value 2·Φ(−|z|) of a Wald or normal test statistic. */
    public static double twoSidedNormalP(double z) {
        return regularizedGammaQ(0.5, 0.5 * z * z);
    }

    /** Standard normal quantile Φ⁻¹(p) ({@code qnorm(p)}), by safeguarded Newton iteration on {@link #normalCdf}. */
    public static double normalQuantile(double p) {
        if (!(p > 0 && p < 1)) {
            if (p == 0) {
                return Double.NEGATIVE_INFINITY;
            }
            if (p == 1) {
                return Double.POSITIVE_INFINITY;
            }
            throw new IllegalArgumentException("probability must be in [0, 1], got " + p);
        }
        if (p > 0.5) {
            return -normalQuantile(1 - p);
        }
        // p <= 0.5: solve lower tail L(z) = p for z <= 0, working with the lower tail to keep precision.
        double lo = -40;
        double hi = 0;
        double z = -Math.sqrt(-2 * Math.log(p));
        z = Math.max(lo, Math.min(hi, z + (2.515517 + 0.802853 * -z + 0.010328 * z * z)
                / (1 + 1.432788 * -z + 0.189269 * z * z + 0.001308 * -z * z * z)));
        for (int i = 0; i < 100; i++) {
            double f = 0.5 * regularizedGammaQ(0.5, 0.5 * z * z) - p;
            if (f > 0) {
                hi = z;
            } else {
                lo = z;
            }
            double step = f / normalDensity(z);
            double next = z - step;
            if (!(next > lo && next < hi)) {
                next = 0.5 * (lo + hi);
            }
            if (Math.abs(next - z) <= 1e-15 * Math.max(1, Math.abs(z))) {
                return next;
            }
            z = next;
        }
        return z;
    }
}
