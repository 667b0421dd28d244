package org.netradiomics.ui;

import java.awt.Color;
import java.awt.Dimension;
import java.awt.Graphics;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.event.MouseAdapter;
import java.awt.event.MouseEvent;
import java.awt.event.MouseWheelEvent;
import java.awt.image.BufferedImage;
import java.util.function.Consumer;

import javax.swing.JComponent;

/**
 * The axial view: the current slice with window/level and lesion overlays, fitted to the panel and centred (Ctrl +
 * wheel zooms from there), mouse wheel scrolls slices, a click reports the voxel (i, j, k) under the pointer.
 */
final class ImagePanel extends JComponent {
    private final WorkbenchSession session;
    private final Consumer<int[]> onClick;
    private int slice;
    /** The user's zoom relative to the fitted size (Ctrl + wheel). */
    private double zoom = 1;
    private double width = WindowPreset.ABDOMEN.width();
    /** Radiological display: patient left on screen right (+x LPS), posterior down (+y LPS); flip axes that run the other way. */
    private final boolean flipI;
    private final boolean flipJ;
    private double level = WindowPreset.ABDOMEN.level();

    ImagePanel(WorkbenchSession session, Consumer<int[]> onClick) {
        this.session = session;
        this.onClick = onClick;
        this.slice = session.image().geometry().nz() / 2;
        double[] d = session.image().geometry().direction();
        this.flipI = d[0] < 0;
        this.flipJ = d[4] < 0;
        int nx = session.image().geometry().nx();
        int ny = session.image().geometry().ny();
        setPreferredSize(new Dimension(512, 512));
        setMinimumSize(new Dimension(256, 256));
        MouseAdapter mouse = new MouseAdapter() {
            @Override
            public void mouseClicked(MouseEvent e) {
                int[] v = voxelAt(e.getX(), e.getY());
                if (v != null) {
                    onClick.accept(v);
                }
            }

            @Override
            public void mouseWheelMoved(MouseWheelEvent e) {
                if (e.isControlDown()) {
                    zoom = Math.max(0.25, Math.min(16, zoom * (e.getWheelRotation() < 0 ? 1.25 : 0.8)));
                } else {
                    setSlice(slice + e.getWheelRotation());
                }
                repaint();
            }
        };
        addMouseListener(mouse);
        addMouseWheelListener(mouse);
    }

    void setWindow(WindowPreset p) {
        width = p.width();
        level = p.level();
        repaint();
    }

    void setSlice(int k) {
        slice = Math.max(0, Math.min(session.image().geometry().nz() - 1, k));
        repaint();
    }

    int slice() {
        return slice;
    }

    /** The voxel under panel coordinates (x, y), or null outside the image. */
    int[] voxelAt(int x, int y) {
        double scale = scale();
        int i = (int) Math.floor((x - offsetX(scale)) / scale);
        int j = (int) Math.floor((y - offsetY(scale)) / scale);
        if (flipI) {
            i = session.image().geometry().nx() - 1 - i;
        }
        if (flipJ) {
            j = session.image().geometry().ny() - 1 - j;
        }
        return session.image().geometry().contains(i, j, slice) ? new int[] {i, j, slice} : null;
    }

    /** Panel coordinates of the centre of voxel (i, j) (for tests that click a voxel). */
    int[] pointOf(int i, int j) {
        int si = flipI ? session.image().geometry().nx() - 1 - i : i;
        int sj = flipJ ? session.image().geometry().ny() - 1 - j : j;
        double scale = scale();
        return new int[] {(int) (offsetX(scale) + (si + 0.5) * scale), (int) (offsetY(scale) + (sj + 0.5) * scale)};
    }

    /** Screen pixels per voxel: the slice fitted into the panel, times the user's zoom. */
    private double scale() {
        int nx = session.image().geometry().nx(), ny = session.image().geometry().ny();
        int w = getWidth() > 0 ? getWidth() : getPreferredSize().width;
        int h = getHeight() > 0 ? getHeight() : getPreferredSize().height;
        return Math.min((double) w / nx, (double) h / ny) * zoom;
    }

    /** Left edge of the drawn slice (centred in the panel). */
    private double offsetX(double scale) {
        int w = getWidth() > 0 ? getWidth() : getPreferredSize().width;
        return Math.floor((w - session.image().geometry().nx() * scale) / 2);
    }

    /** Top edge of the drawn slice (centred in the panel). */
    private double offsetY(double scale) {
        int h = getHeight() > 0 ? getHeight() : getPreferredSize().height;
        return Math.floor((h - session.image().geometry().ny() * scale) / 2);
    }

    @Override
    protected void paintComponent(Graphics g) {
        g.setColor(Color.BLACK);
        g.fillRect(0, 0, getWidth(), getHeight());
        BufferedImage img = SliceRenderer.render(session.image(), session.labels(), slice, width, level);
        Graphics2D g2 = (Graphics2D) g;
        g2.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_NEAREST_NEIGHBOR);
        double scale = scale();
        int x0 = (int) offsetX(scale), y0 = (int) offsetY(scale);
        int w = (int) Math.round(img.getWidth() * scale);
        int h = (int) Math.round(img.getHeight() * scale);
        g2.drawImage(img, x0 + (flipI ? w : 0), y0 + (flipJ ? h : 0), flipI ? -w : w, flipJ ? -h : h, null);
        g2.setColor(Color.YELLOW);
        g2.drawString("slice " + slice + " / " + (session.image().geometry().nz() - 1), 8, 16);
    }
}
