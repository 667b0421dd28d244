package org.netradiomics.features.shape;

import org.netradiomics.features.FeatureTable;
import org.netradiomics.features.RoiImage;
import org.netradiomics.volume.Geometry;
import org.netradiomics.volume.InvalidInputException;

/**
 * IBSI-1 morphological features (section 3.1, morph_*). The mesh is built from the morphological mask
 * ({@link SurfaceMesh}); intensity-weighted features (centre of mass shift, integrated intensity, Moran's I,
 * Geary's C) use the intensity mask. Distances are in mm along the grid axes.
 */
public final class Morphology {
    /** Voxel count above which Moran's I / Geary's C are summed by FFT convolution instead of pair by pair. */
    public static final int AUTOCORRELATION_EXACT_LIMIT = 4000;

    private final RoiImage roi;
    private final SurfaceMesh mesh;
    private final double volume, area;
    private final double[] voxelCentres;   // morphological mask, mm
    private final double[] eigen;          // PCA eigenvalues, descending

    public Morphology(RoiImage roi) {
        int n = roi.morphologicalVoxelCount();
        if (n == 0) throw new InvalidInputException("the morphological mask is empty; shape features are undefined");
        this.roi = roi;
        this.mesh = SurfaceMesh.of(roi.geometry(), roi.morphologicalMask());
        this.volume = mesh.volume();
        this.area = mesh.area();
        this.voxelCentres = centres(roi.geometry(), roi.morphologicalMask(), n);
        this.eigen = PrincipalAxes.eigenvalues(voxelCentres, true);
    }

    static double[] centres(Geometry g, boolean[] mask, int n) {
        double[] c = new double[3 * n];
        int p = 0;
        for (int k = 0; k < g.nz(); k++) for (int j = 0; j < g.ny(); j++) for (int i = 0; i < g.nx(); i++) {
            if (!mask[g.index(i, j, k)]) continue;
            c[p++] = i * g.spacing(0);
            c[p++] = j * g.spacing(1);
            c[p++] = k * g.spacing(2);
        }
        return c;
    }

    public SurfaceMesh mesh() { return mesh; }

    /** Voxel centres of the morphological mask (mm, x, y, z per voxel). Not a copy. */
    double[] voxelCentres() { return voxelCentres; }

    /** RNU0 morph_volume: V = |sum_f a.(b x c)| / 6 over mesh triangles. */
    public double volume() { return volume; }
    /** YEKZ morph_vol_approx: N_v * voxel volume. */
    public double voxelVolume() { return voxelCentres.length / 3 * roi.geometry().voxelVolume(); }
    /** C0JK morph_area_mesh: A = sum_f |(b - a) x (c - a)| / 2. */
    public double area() { return area; }
    /** 2PR5 morph_av: A / V. */
    public double surfaceToVolume() { return area / volume; }
    /** SKGS morph_comp_1: V / (pi^(1/2) A^(3/2)). */
    public double compactness1() { return volume / (Math.sqrt(Math.PI) * Math.pow(area, 1.5)); }
    /** BQWJ morph_comp_2: 36 pi V^2 / A^3. */
    public double compactness2() { return 36 * Math.PI * volume * volume / (area * area * area); }
    /** KRCK morph_sph_dispr: A / (36 pi V^2)^(1/3). */
    public double sphericalDisproportion() { return area / Math.cbrt(36 * Math.PI * volume * volume); }
    /** QCFX morph_sphericity: (36 pi V^2)^(1/3) / A. */
    public double sphericity() { return Math.cbrt(36 * Math.PI * volume * volume) / area; }
    /** 25C7 morph_asphericity: (A^3 / (36 pi V^2))^(1/3) - 1. */
    public double asphericity() { return Math.cbrt(area * area * area / (36 * Math.PI * volume * volume)) - 1; }

    /** KLMA morph_com: || mean of morphological voxel centres - intensity-weighted mean of intensity-mask centres ||. */
    public double centreOfMassShift() {
        Geometry g = roi.geometry();
        double[] geo = new double[3];
        int n = voxelCentres.length / 3;
        for (int p = 0; p < n; p++) for (int a = 0; a < 3; a++) geo[a] += voxelCentres[3 * p + a] / n;
        double[] w = new double[3];
        double sum = 0;
        float[] x = roi.intensities();
        boolean[] m = roi.intensityMask();
        for (int k = 0; k < g.nz(); k++) for (int j = 0; j < g.ny(); j++) for (int i = 0; i < g.nx(); i++) {
            int v = g.index(i, j, k);
            if (!m[v]) continue;
            w[0] += x[v] * i * g.spacing(0);
            w[1] += x[v] * j * g.spacing(1);
            w[2] += x[v] * k * g.spacing(2);
            sum += x[v];
        }
        return Math.sqrt(sq(geo[0] - w[0] / sum) + sq(geo[1] - w[1] / sum) + sq(geo[2] - w[2] / sum));
    }

    /** L0JK morph_diam: largest distance between two mesh vertices (searched over the convex hull's vertices). */
    public double maximumDiameter() { return Diameters.maximum3d(convexHull().vertices()); }

    /** TDIC morph_pca_maj_axis: 4 sqrt(lambda_major). */
    public double majorAxisLength() { return 4 * Math.sqrt(eigen[0]); }
    /** P9VJ morph_pca_min_axis: 4 sqrt(lambda_minor). */
    public double minorAxisLength() { return 4 * Math.sqrt(eigen[1]); }
    /** 7J51 morph_pca_least_axis: 4 sqrt(lambda_least). */
    public double leastAxisLength() { return 4 * Math.sqrt(eigen[2]); }
    /** Q3CK morph_pca_elongation: sqrt(lambda_minor / lambda_major). */
    public double elongation() { return Math.sqrt(eigen[1] / eigen[0]); }
    /** N17B morph_pca_flatness: sqrt(lambda_least / lambda_major). */
    public double flatness() { return Math.sqrt(eigen[2] / eigen[0]); }

    private double[] aabbExtent() {
        double[] v = mesh.vertices();
        double[] lo = {Double.MAX_VALUE, Double.MAX_VALUE, Double.MAX_VALUE}, hi = {-Double.MAX_VALUE, -Double.MAX_VALUE, -Double.MAX_VALUE};
        for (int p = 0; p < v.length; p += 3) for (int a = 0; a < 3; a++) {
            lo[a] = Math.min(lo[a], v[p + a]);
            hi[a] = Math.max(hi[a], v[p + a]);
        }
        return new double[] {hi[0] - lo[0], hi[1] - lo[1], hi[2] - lo[2]};
    }

    /** PBX1 morph_vol_dens_aabb: V / V_aabb of the mesh vertices. */
    public double volumeDensityAabb() { double[] e = aabbExtent(); return volume / (e[0] * e[1] * e[2]); }
    /** R59B morph_area_dens_aabb: A / A_aabb = A / (2 (ab + bc + ca)). */
    public double areaDensityAabb() { double[] e = aabbExtent(); return area / (2 * (e[0] * e[1] + e[1] * e[2] + e[0] * e[2])); }

    /** 6BDE morph_vol_dens_aee: 3 V / (4 pi a b c) with semi-axes a, b, c = 2 sqrt(lambda). */
    public double volumeDensityAee() {
        double a = 2 * Math.sqrt(eigen[0]), b = 2 * Math.sqrt(eigen[1]), c = 2 * Math.sqrt(eigen[2]);
        return 3 * volume / (4 * Math.PI * a * b * c);
    }

    /** RDD2 morph_area_dens_aee: A / A_aee, A_aee = 4 pi a b sum_{nu=0}^{20} (alpha beta)^nu / (1 - 4 nu^2) P_nu((alpha^2 + beta^2) / (2 alpha beta)). */
    public double areaDensityAee() {
        double a = 2 * Math.sqrt(eigen[0]), b = 2 * Math.sqrt(eigen[1]), c = 2 * Math.sqrt(eigen[2]);
        return area / EllipsoidArea.approximate(a, b, c);
    }

    /** 99N0 morph_integ_int: V * mean intensity over the intensity mask. */
    public double integratedIntensity() {
        double[] x = roi.intensityValues();
        double s = 0;
        for (double v : x) s += v;
        return volume * s / x.length;
    }

    /** N365 morph_moran_i and NPT7 morph_geary_c, see {@link SpatialAutocorrelation}. */
    public SpatialAutocorrelation autocorrelation() {
        return SpatialAutocorrelation.of(roi, AUTOCORRELATION_EXACT_LIMIT);
    }

    /** Convex hull of the mesh vertices. */
    public ConvexHull convexHull() { return ConvexHull.of(mesh.vertices()); }

    /** All standardised morph_* features keyed by IBSI tag. */
    public FeatureTable ibsiFeatures() {
        ConvexHull hull = convexHull();
        SpatialAutocorrelation ac = autocorrelation();
        return new FeatureTable()
                .put("morph_volume", volume()).put("morph_vol_approx", voxelVolume()).put("morph_area_mesh", area())
                .put("morph_av", surfaceToVolume()).put("morph_comp_1", compactness1()).put("morph_comp_2", compactness2())
                .put("morph_sph_dispr", sphericalDisproportion()).put("morph_sphericity", sphericity())
                .put("morph_asphericity", asphericity()).put("morph_com", centreOfMassShift())
                .put("morph_diam", Diameters.maximum3d(hull.vertices()))   // L0JK
                .put("morph_pca_maj_axis", majorAxisLength()).put("morph_pca_min_axis", minorAxisLength())
                .put("morph_pca_least_axis", leastAxisLength()).put("morph_pca_elongation", elongation())
                .put("morph_pca_flatness", flatness()).put("morph_vol_dens_aabb", volumeDensityAabb())
                .put("morph_area_dens_aabb", areaDensityAabb()).put("morph_vol_dens_aee", volumeDensityAee())
                .put("morph_area_dens_aee", areaDensityAee())
                .put("morph_vol_dens_conv_hull", volume / hull.volume())          // R3ER: V / V_convex
                .put("morph_area_dens_conv_hull", area / hull.area())             // 7T7F: A / A_convex
                .put("morph_integ_int", integratedIntensity())
                .put("morph_moran_i", ac.moranI()).put("morph_geary_c", ac.gearyC());
    }

    private static double sq(double x) { return x * x; }
}
