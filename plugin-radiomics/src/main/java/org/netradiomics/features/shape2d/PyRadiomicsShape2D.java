package org.netradiomics.features.shape2d;

import java.util.ArrayList;
import java.util.List;
import org.netradiomics.features.FeatureTable;
import org.netradiomics.features.RoiImage;
import org.netradiomics.volume.Geometry;
import org.netradiomics.volume.InvalidInputException;

/**
 * PyRadiomics 3.1 2D shape features (shape2D_*) of a single-slice ROI, from a marching-squares contour at
 * iso-level 0.5 (vertices at the midpoints of pixel-centre edges whose ends differ; mask padded by one empty
 * pixel). Per 2x2 cell the enclosed area is 0, 1/8, 1/2, 7/8 or 1 of the cell for 0, 1, 2 adjacent, 3, 4 inside
 * corners; two diagonal inside corners are separated (2/8 of the cell), as in the 3D mesh.
 */
public final class PyRadiomicsShape2D {
    private final double area, perimeter, pixelArea;
    private final double[] vertices;   // x, y pairs (mm)
    private final double[] eigen;      // 1/N covariance eigenvalues of pixel centres, descending

    public PyRadiomicsShape2D(RoiImage roi) {
        Geometry g = roi.geometry();
        if (g.nz() != 1) {
            throw new InvalidInputException("2D shape features need a single-slice ROI; this ROI spans " + g.nz() + " slices");
        }
        boolean[] m = roi.morphologicalMask();
        int nx = g.nx(), ny = g.ny();
        double sx = g.spacing(0), sy = g.spacing(1);
        double a = 0, p = 0;
        List<double[]> verts = new ArrayList<>();
        double diag = Math.hypot(sx / 2, sy / 2);
        for (int j = -1; j < ny; j++) for (int i = -1; i < nx; i++) {
            boolean c00 = in(m, nx, ny, i, j), c10 = in(m, nx, ny, i + 1, j), c01 = in(m, nx, ny, i, j + 1), c11 = in(m, nx, ny, i + 1, j + 1);
            int count = (c00 ? 1 : 0) + (c10 ? 1 : 0) + (c01 ? 1 : 0) + (c11 ? 1 : 0);
            boolean diagonal = count == 2 && c00 == c11;
            a += sx * sy * switch (count) { case 1 -> 0.125; case 2 -> diagonal ? 0.25 : 0.5; case 3 -> 0.875; case 4 -> 1.0; default -> 0.0; };
            if (count == 1 || count == 3) p += diag;
            else if (count == 2) p += diagonal ? 2 * diag : (c00 == c10 ? sx : sy);
            if (c00 != c10) verts.add(new double[] {(i + 0.5) * sx, j * sy});
            if (c00 != c01) verts.add(new double[] {i * sx, (j + 0.5) * sy});
        }
        int n = roi.morphologicalVoxelCount();
        if (n == 0) throw new InvalidInputException("the morphological mask is empty; 2D shape features are undefined");
        this.area = a;
        this.perimeter = p;
        this.pixelArea = n * sx * sy;
        this.vertices = new double[verts.size() * 2];
        for (int q = 0; q < verts.size(); q++) { vertices[2 * q] = verts.get(q)[0]; vertices[2 * q + 1] = verts.get(q)[1]; }
        double mx = 0, my = 0;
        for (int j = 0; j < ny; j++) for (int i = 0; i < nx; i++) if (m[i + nx * j]) { mx += i * sx / n; my += j * sy / n; }
        double cxx = 0, cyy = 0, cxy = 0;
        for (int j = 0; j < ny; j++) for (int i = 0; i < nx; i++) if (m[i + nx * j]) {
            double dx = i * sx - mx, dy = j * sy - my;
            cxx += dx * dx / n; cyy += dy * dy / n; cxy += dx * dy / n;
        }
        double tr = (cxx + cyy) / 2, det = Math.sqrt(Math.max(0, (cxx - cyy) * (cxx - cyy) / 4 + cxy * cxy));
        this.eigen = new double[] {tr + det, Math.max(0, tr - det)};
    }

    private static boolean in(boolean[] m, int nx, int ny, int i, int j) {
        return i >= 0 && j >= 0 && i < nx && j < ny && m[i + nx * j];
    }

    /** shape2D_MeshSurface: area enclosed by the marching-squares contour. */
    public double meshSurface() { return area; }
    /** shape2D_PixelSurface: N_pixels * pixel area. */
    public double pixelSurface() { return pixelArea; }
    /** shape2D_Perimeter: length of the contour. */
    public double perimeter() { return perimeter; }
    /** shape2D_PerimeterSurfaceRatio: P / A. */
    public double perimeterSurfaceRatio() { return perimeter / area; }
    /** shape2D_Sphericity: 2 sqrt(pi A) / P (perimeter of the equal-area circle over P). */
    public double sphericity() { return 2 * Math.sqrt(Math.PI * area) / perimeter; }
    /** shape2D_MaxDiameter: largest distance between contour vertices. */
    public double maxDiameter() {
        double best = 0;
        for (int a = 0; a < vertices.length; a += 2) for (int b = a + 2; b < vertices.length; b += 2) {
            best = Math.max(best, Math.hypot(vertices[a] - vertices[b], vertices[a + 1] - vertices[b + 1]));
        }
        return best;
    }
    /** shape2D_MajorAxisLength: 4 sqrt(lambda_major) of the 1/N pixel-centre covariance. */
    public double majorAxisLength() { return 4 * Math.sqrt(eigen[0]); }
    /** shape2D_MinorAxisLength: 4 sqrt(lambda_minor). */
    public double minorAxisLength() { return 4 * Math.sqrt(eigen[1]); }
    /** shape2D_Elongation: sqrt(lambda_minor / lambda_major). */
    public double elongation() { return Math.sqrt(eigen[1] / eigen[0]); }

    public FeatureTable pyradiomicsFeatures() {
        return new FeatureTable().put("shape2D_MeshSurface", meshSurface()).put("shape2D_PixelSurface", pixelSurface())
                .put("shape2D_Perimeter", perimeter()).put("shape2D_PerimeterSurfaceRatio", perimeterSurfaceRatio())
                .put("shape2D_Sphericity", sphericity()).put("shape2D_MaxDiameter", maxDiameter())
                .put("shape2D_MajorAxisLength", majorAxisLength()).put("shape2D_MinorAxisLength", minorAxisLength())
                .put("shape2D_Elongation", elongation());
    }
}
