package org.netradiomics.ui;

import java.awt.image.BufferedImage;

import org.netradiomics.segmentation.LabelMap;
import org.netradiomics.volume.Volume;

/** Draws an axial slice with a window/level and the lesions as coloured, half-transparent overlays. */
public final class SliceRenderer {
    /** Overlay colours of lesions 1, 2, 3, ... (repeating). */
    public static final int[] COLOURS = {0xff3030, 0x30c0ff, 0x40e040, 0xffc020, 0xe040e0};

    private SliceRenderer() {}

    /** The slice k as an RGB image, row j down, column i across. */
    public static BufferedImage render(Volume image, LabelMap labels, int k, double width, double level) {
        int nx = image.geometry().nx();
        int ny = image.geometry().ny();
        BufferedImage out = new BufferedImage(nx, ny, BufferedImage.TYPE_INT_RGB);
        double lo = level - width / 2;
        for (int j = 0; j < ny; j++) {
            for (int i = 0; i < nx; i++) {
                double g = (image.get(i, j, k) - lo) / width;
                int grey = (int) Math.round(255 * Math.max(0, Math.min(1, g)));
                int rgb = grey << 16 | grey << 8 | grey;
                int label = labels == null ? 0 : labels.get(i, j, k);
                if (label > 0) {
                    int c = COLOURS[(label - 1) % COLOURS.length];
                    rgb = blend(rgb, c);
                }
                out.setRGB(i, j, rgb);
            }
        }
        return out;
    }

    private static int blend(int grey, int colour) {
        int r = ((grey >> 16 & 0xff) + 2 * (colour >> 16 & 0xff)) / 3;
        int g = ((grey >> 8 & 0xff) + 2 * (colour >> 8 & 0xff)) / 3;
        int b = ((grey & 0xff) + 2 * (colour & 0xff)) / 3;
        return r << 16 | g << 8 | b;
    }
}
