package org.netradiomics.volume.synthetic;

/** A solid in physical mm coordinates (axis-aligned grid, origin 0) with a constant HU value. */
public sealed interface Shape permits Shape.Ellipsoid, Shape.Tube {
    /** True if the point (mm) lies inside. */
    boolean contains(double x, double y, double z);

    /** Axis-aligned bounds {xmin, ymin, zmin, xmax, ymax, zmax} in mm. */
    double[] bounds();

    /** The HU value of the solid. */
    double hu();

    /** An ellipsoid with centre (cx, cy, cz) and semi-axes (ax, ay, az), all mm. */
    record Ellipsoid(double cx, double cy, double cz, double ax, double ay, double az, double hu) implements Shape {
        /** A sphere of radius r mm. */
        public static Ellipsoid sphere(double cx, double cy, double cz, double r, double hu) {
            return new Ellipsoid(cx, cy, cz, r, r, r, hu);
        }

        public boolean contains(double x, double y, double z) {
            double u = (x - cx) / ax, v = (y - cy) / ay, w = (z - cz) / az;
            return u * u + v * v + w * w <= 1;
        }

        public double[] bounds() { return new double[] {cx - ax, cy - ay, cz - az, cx + ax, cy + ay, cz + az}; }

        /** Exact volume 4/3·π·a·b·c in mL. */
        public double volumeMl() { return 4.0 / 3.0 * Math.PI * ax * ay * az / 1000.0; }
    }

    /** A tube (capsule) of radius r mm around the segment from p0 to p1 (mm), e.g. a contrast-filled vessel. */
    record Tube(double x0, double y0, double z0, double x1, double y1, double z1, double r, double hu) implements Shape {
        public boolean contains(double x, double y, double z) {
            double dx = x1 - x0, dy = y1 - y0, dz = z1 - z0;
            double len2 = dx * dx + dy * dy + dz * dz;
            double t = len2 == 0 ? 0 : ((x - x0) * dx + (y - y0) * dy + (z - z0) * dz) / len2;
            t = Math.max(0, Math.min(1, t));
            double ex = x - (x0 + t * dx), ey = y - (y0 + t * dy), ez = z - (z0 + t * dz);
            return ex * ex + ey * ey + ez * ez <= r * r;
        }

        public double[] bounds() {
            return new double[] {Math.min(x0, x1) - r, Math.min(y0, y1) - r, Math.min(z0, z1) - r,
                    Math.max(x0, x1) + r, Math.max(y0, y1) + r, Math.max(z0, z1) + r};
        }
    }
}
