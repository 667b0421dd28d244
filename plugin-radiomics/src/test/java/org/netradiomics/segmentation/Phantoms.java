package org.netradiomics.segmentation;

import org.netradiomics.volume.Geometry;
import org.netradiomics.volume.Mask;
import org.netradiomics.volume.synthetic.PhantomBuilder;
import org.netradiomics.volume.synthetic.Shape.Ellipsoid;
import org.netradiomics.volume.synthetic.Shape.Tube;

/** The test phantoms and overlap measures shared by the segmentation tests. */
final class Phantoms {
    private Phantoms() {}

    /**
     * 160 x 160 x 60 voxels of 0.8 x 0.8 x 1.5 mm, liver 60 HU in body 40 HU, noise SD 12 HU (seed 42). Lesions:
     * 0 = sphere r 12 mm at 20 HU, 1 = ellipsoid 14 x 10 x 8 mm at 120 HU, 2 = sphere r 9 mm at 120 HU touching a
     * 180 HU vessel of radius 4 mm.
     */
    static PhantomBuilder.Phantom liverPhantom() {
        return new PhantomBuilder(160, 160, 60, 0.8, 0.8, 1.5)
                .body(40)
                .structure(new Ellipsoid(64, 64, 45, 50, 45, 40, 60))
                .structure(new Tube(85, 20, 45, 85, 110, 45, 4, 180))
                .lesion(Ellipsoid.sphere(40, 50, 45, 12, 20))
                .lesion(new Ellipsoid(70, 95, 40, 14, 10, 8, 120))
                .lesion(Ellipsoid.sphere(72, 60, 50, 9, 120))
                .noise(12, 42)
                .build();
    }

    /** 100 x 100 x 20 voxels of 0.7 x 0.7 x 5 mm: a 15 mm-radius sphere at 20 HU in liver at 60 HU, noise SD 12 (seed 7). */
    static PhantomBuilder.Phantom anisotropicPhantom() {
        return new PhantomBuilder(100, 100, 20, 0.7, 0.7, 5.0)
                .body(40)
                .structure(new Ellipsoid(35, 35, 50, 30, 30, 45, 60))
                .lesion(Ellipsoid.sphere(35, 35, 50, 15, 20))
                .noise(12, 7)
                .build();
    }

    /** Voxel index of a physical point (mm) on an axis-aligned, origin-0 grid. */
    static int[] voxel(Geometry g, double x, double y, double z) {
        return new int[] {(int) Math.round(x / g.spacing(0)), (int) Math.round(y / g.spacing(1)), (int) Math.round(z / g.spacing(2))};
    }

    /** Dice = 2|A∩B| / (|A| + |B|). */
    static double dice(Mask a, Mask b) {
        boolean[] x = a.inside(), y = b.inside();
        long both = 0, na = 0, nb = 0;
        for (int p = 0; p < x.length; p++) {
            if (x[p]) na++;
            if (y[p]) nb++;
            if (x[p] && y[p]) both++;
        }
        return 2.0 * both / (na + nb);
    }
}
