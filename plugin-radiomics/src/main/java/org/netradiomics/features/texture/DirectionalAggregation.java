package org.netradiomics.features.texture;

import java.util.List;
import java.util.Set;

import org.netradiomics.features.DiscretisedImage;
import org.netradiomics.features.FeatureTable;

/**
 * The six IBSI-1 aggregations of directional texture matrices (section 3.6, "Aggregating features"), each tagged with
 * a suffix: features of every 2D directional matrix averaged over directions and slices ({@code _2D_avg}, BTW3);
 * matrices merged over directions per slice, features averaged over slices ({@code _2D_comb}, SUJT); merged over
 * slices per direction, features averaged over directions ({@code _2_5D_avg}, JJUI); all 2D matrices merged
 * ({@code _2_5D_comb}, ZW7Z); features of each 3D directional matrix averaged ({@code _3D_avg}, ITBB); all 3D
 * matrices merged ({@code _3D_comb}, IAZD). Empty matrices (no pair or run in that slice and direction) are left out
 * of averages.
 */
public final class DirectionalAggregation {
    private DirectionalAggregation() {}

    /** Features of {@code family} for the requested spaces, under tags {@code stem_<space>_avg|comb}. */
    public static FeatureTable ibsi(DirectionalFamily family, DiscretisedImage levels, Set<TextureSpace> spaces) {
        FeatureTable table = new FeatureTable();
        List<String> stems = family.featureStems();
        if (spaces.contains(TextureSpace.TWO_D) || spaces.contains(TextureSpace.TWO_AND_HALF_D)) {
            inPlane(family, levels, spaces, stems, table);
        }
        if (spaces.contains(TextureSpace.THREE_D)) {
            int length = family.matrixLength(levels);
            double voxels = RoiBounds.of(levels).voxels();
            Mean avg = new Mean(stems.size());
            double[] merged = new double[length];
            for (Offset d : Offsets.directions(TextureSpace.THREE_D)) {
                double[] m = new double[length];
                family.accumulate(levels, d, -1, m);
                if (!isEmpty(m)) {
                    avg.add(family.features(m, levels, voxels));
                }
                add(merged, m);
            }
            put(table, stems, "_3D_avg", avg.values());
            put(table, stems, "_3D_comb", family.features(merged, levels, voxels * 13));
        }
        return table;
    }

    private static void inPlane(DirectionalFamily family, DiscretisedImage levels, Set<TextureSpace> spaces,
            List<String> stems, FeatureTable table) {
        int length = family.matrixLength(levels);
        List<Offset> dirs = Offsets.directions(TextureSpace.TWO_D);
        RoiBounds bounds = RoiBounds.of(levels);
        double[][] perDirection = new double[dirs.size()][length];
        double[] perDirectionVoxels = new double[dirs.size()];
        Mean avg2d = new Mean(stems.size());
        Mean comb2d = new Mean(stems.size());
        for (int k = bounds.kMin(); k <= bounds.kMax(); k++) {
            int sliceVoxels = bounds.sliceVoxels(levels, k);
            if (sliceVoxels == 0) {
                continue;
            }
            double[] slice = new double[length];
            for (int d = 0; d < dirs.size(); d++) {
                double[] m = new double[length];
                family.accumulate(levels, dirs.get(d), k, m);
                if (!isEmpty(m)) {
                    avg2d.add(family.features(m, levels, sliceVoxels));
                }
                add(slice, m);
                add(perDirection[d], m);
                perDirectionVoxels[d] += sliceVoxels;
            }
            if (!isEmpty(slice)) {
                comb2d.add(family.features(slice, levels, (double) sliceVoxels * dirs.size()));
            }
        }
        if (spaces.contains(TextureSpace.TWO_D)) {
            put(table, stems, "_2D_avg", avg2d.values());
            put(table, stems, "_2D_comb", comb2d.values());
        }
        if (spaces.contains(TextureSpace.TWO_AND_HALF_D)) {
            Mean avg = new Mean(stems.size());
            double[] all = new double[length];
            double allVoxels = 0;
            for (int d = 0; d < dirs.size(); d++) {
                if (!isEmpty(perDirection[d])) {
                    avg.add(family.features(perDirection[d], levels, perDirectionVoxels[d]));
                }
                add(all, perDirection[d]);
                allVoxels += perDirectionVoxels[d];
            }
            put(table, stems, "_2_5D_avg", avg.values());
            put(table, stems, "_2_5D_comb", family.features(all, levels, allVoxels));
        }
    }

    private static void put(FeatureTable table, List<String> stems, String suffix, double[] values) {
        for (int f = 0; f < stems.size(); f++) {
            table.put(stems.get(f) + suffix, values[f]);
        }
    }

    /** Whether every element is zero. */
    public static boolean isEmpty(double[] m) {
        for (double v : m) {
            if (v != 0) {
                return false;
            }
        }
        return true;
    }

    /** Element-wise sum into {@code target}. */
    public static void add(double[] target, double[] m) {
        for (int i = 0; i < m.length; i++) {
            target[i] += m[i];
        }
    }
}
