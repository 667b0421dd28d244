package org.netradiomics.segmentation;

import org.netradiomics.volume.InvalidInputException;

/** Voxel neighbourhood used by region growing: faces (6), faces+edges (18) or faces+edges+corners (26). */
public enum Connectivity {
    SIX(6), EIGHTEEN(18), TWENTY_SIX(26);

    private final int neighbours;

    Connectivity(int neighbours) { this.neighbours = neighbours; }

    public int neighbours() { return neighbours; }

    /** The connectivity with 6, 18 or 26 neighbours. */
    public static Connectivity of(int neighbours) {
        return switch (neighbours) {
            case 6 -> SIX;
            case 18 -> EIGHTEEN;
            case 26 -> TWENTY_SIX;
            default -> throw new InvalidInputException("connectivity is " + neighbours + "; it must be 6, 18 or 26");
        };
    }

    /** Neighbour offsets {di, dj, dk}; in 2D mode (dk always 0) only the in-plane ones are kept. */
    int[][] offsets(boolean planeOnly) {
        java.util.List<int[]> list = new java.util.ArrayList<>();
        for (int dk = -1; dk <= 1; dk++) {
            for (int dj = -1; dj <= 1; dj++) {
                for (int di = -1; di <= 1; di++) {
                    int n = Math.abs(di) + Math.abs(dj) + Math.abs(dk);
                    if (n == 0 || (planeOnly && dk != 0)) continue;
                    boolean keep = switch (this) {
                        case SIX -> n == 1;
                        case EIGHTEEN -> n <= 2;
                        case TWENTY_SIX -> true;
                    };
                    if (keep) list.add(new int[] {di, dj, dk});
                }
            }
        }
        return list.toArray(new int[0][]);
    }
}
