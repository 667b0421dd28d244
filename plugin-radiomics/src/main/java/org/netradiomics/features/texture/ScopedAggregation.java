package org.netradiomics.features.texture;

import java.util.List;
import java.util.Set;

import org.netradiomics.features.DiscretisedImage;
import org.netradiomics.features.FeatureTable;

/**
 * The three IBSI-1 aggregations of families without directional matrices (sections 3.8-3.11): features of each
 * slice's matrix averaged over slices ({@code _2D}), features of the matrix merged over slices ({@code _2_5D}), and
 * features of the 3D matrix ({@code _3D}). Slices without ROI voxels are skipped.
 */
public final class ScopedAggregation {
    private ScopedAggregation() {}

    /** Features of {@code family} for the requested spaces under tags {@code stem_2D|_2_5D|_3D}. */
    public static <A> FeatureTable ibsi(ScopedFamily<A> family, DiscretisedImage levels, Set<TextureSpace> spaces) {
        FeatureTable table = new FeatureTable();
        List<String> stems = family.featureStems();
        RoiBounds bounds = RoiBounds.of(levels);
        if (spaces.contains(TextureSpace.TWO_D) || spaces.contains(TextureSpace.TWO_AND_HALF_D)) {
            Mean perSlice = new Mean(stems.size());
            A merged = family.empty(levels);
            for (int k = bounds.kMin(); k <= bounds.kMax(); k++) {
                int voxels = bounds.sliceVoxels(levels, k);
                if (voxels == 0) {
                    continue;
                }
                A slice = family.empty(levels);
                family.accumulate(levels, k, slice);
                if (!family.isEmpty(slice)) {
                    perSlice.add(family.features(slice, levels, voxels));
                }
                family.merge(merged, slice);
            }
            if (spaces.contains(TextureSpace.TWO_D)) {
                put(table, stems, "_2D", perSlice.values());
            }
            if (spaces.contains(TextureSpace.TWO_AND_HALF_D)) {
                put(table, stems, "_2_5D", family.features(merged, levels, bounds.voxels()));
            }
        }
        if (spaces.contains(TextureSpace.THREE_D)) {
            A volume = family.empty(levels);
            family.accumulate(levels, -1, volume);
            put(table, stems, "_3D", family.features(volume, levels, bounds.voxels()));
        }
        return table;
    }

    private static void put(FeatureTable table, List<String> stems, String suffix, double[] values) {
        for (int f = 0; f < stems.size(); f++) {
            table.put(stems.get(f) + suffix, values[f]);
        }
    }
}
