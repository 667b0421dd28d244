package org.netradiomics.plots;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Path2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import javax.imageio.ImageIO;

import org.netradiomics.volume.InvalidInputException;

/** A minimal x-y chart drawn with Java2D (headless): axes with ticks, lines, step curves, points, legend, PNG. */
final class Chart {
    static final Color[] PALETTE = {new Color(0x1f77b4), new Color(0xd62728), new Color(0x2ca02c),
        new Color(0xff7f0e), new Color(0x9467bd), new Color(0x7f7f7f)};
    private static final int LEFT = 70;
    private static final int RIGHT = 40;
    private static final int TOP = 40;
    private static final int BOTTOM = 55;

    private final BufferedImage image;
    private final Graphics2D g;
    private final double x0;
    private final double x1;
    private final double y0;
    private final double y1;
    private final List<String> legend = new ArrayList<>();
    private final List<Color> legendColours = new ArrayList<>();

    Chart(int width, int height, double x0, double x1, double y0, double y1, String title, String xLabel,
            String yLabel) {
        this.image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        this.g = image.createGraphics();
        this.x0 = x0;
        this.x1 = x1;
        this.y0 = y0;
        this.y1 = y1;
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, width, height);
        g.setColor(Color.BLACK);
        g.setFont(new Font(Font.SANS_SERIF, Font.BOLD, 14));
        g.drawString(title, LEFT, 24);
        g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 12));
        g.drawRect(LEFT, TOP, plotWidth(), plotHeight());
        for (int k = 0; k <= 5; k++) {
            double xv = x0 + k * (x1 - x0) / 5;
            double yv = y0 + k * (y1 - y0) / 5;
            int px = px(xv);
            int py = py(yv);
            g.drawLine(px, TOP + plotHeight(), px, TOP + plotHeight() + 5);
            g.drawLine(LEFT - 5, py, LEFT, py);
            g.drawString(tick(xv), px - 12, TOP + plotHeight() + 20);
            g.drawString(tick(yv), LEFT - 45, py + 4);
        }
        g.drawString(xLabel, LEFT + plotWidth() / 2 - 4 * xLabel.length(), image.getHeight() - 12);
        Graphics2D r = (Graphics2D) g.create();
        r.rotate(-Math.PI / 2);
        r.drawString(yLabel, -(TOP + plotHeight() / 2 + 4 * yLabel.length()), 18);
        r.dispose();
    }

    private static String tick(double v) {
        return Math.abs(v) >= 100 ? String.format(Locale.ROOT, "%.0f", v) : String.format(Locale.ROOT, "%.2f", v);
    }

    private int plotWidth() {
        return image.getWidth() - LEFT - RIGHT;
    }

    private int plotHeight() {
        return image.getHeight() - TOP - BOTTOM;
    }

    int px(double x) {
        return LEFT + (int) Math.round((x - x0) / (x1 - x0) * plotWidth());
    }

    int py(double y) {
        return TOP + plotHeight() - (int) Math.round((y - y0) / (y1 - y0) * plotHeight());
    }

    /** A polyline through the points, optionally dashed, with a legend entry when {@code label} is not null. */
    void line(double[] x, double[] y, Color colour, boolean dashed, String label) {
        Path2D path = new Path2D.Double();
        for (int i = 0; i < x.length; i++) {
            double cx = Math.max(x0, Math.min(x1, x[i]));
            double cy = Math.max(y0, Math.min(y1, y[i]));
            if (i == 0) {
                path.moveTo(px(cx), py(cy));
            } else {
                path.lineTo(px(cx), py(cy));
            }
        }
        g.setColor(colour);
        g.setStroke(dashed ? new BasicStroke(1.5f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10,
                new float[] {6, 4}, 0) : new BasicStroke(2.5f));
        g.draw(path);
        g.setStroke(new BasicStroke(1));
        if (label != null) {
            legend.add(label);
            legendColours.add(colour);
        }
    }

    /** A right-continuous step function starting at (x[0], y[0]). */
    void steps(double[] x, double[] y, Color colour, String label) {
        double[] sx = new double[2 * x.length - 1];
        double[] sy = new double[2 * x.length - 1];
        for (int i = 0; i < x.length; i++) {
            sx[2 * i] = x[i];
            sy[2 * i] = y[i];
            if (i + 1 < x.length) {
                sx[2 * i + 1] = x[i + 1];
                sy[2 * i + 1] = y[i];
            }
        }
        line(sx, sy, colour, false, label);
    }

    /** Filled circles. */
    void points(double[] x, double[] y, Color colour) {
        g.setColor(colour);
        for (int i = 0; i < x.length; i++) {
            g.fillOval(px(x[i]) - 4, py(y[i]) - 4, 8, 8);
        }
    }

    /** A text note in the lower right of the plot area. */
    void note(String text, int line) {
        g.setColor(Color.BLACK);
        g.drawString(text, LEFT + plotWidth() - g.getFontMetrics().stringWidth(text) - 10, TOP + plotHeight() - 12 - 16 * line);
    }

    void writePng(Path file) {
        int y = TOP + 16;
        for (int k = 0; k < legend.size(); k++) {
            g.setColor(legendColours.get(k));
            g.fillRect(LEFT + 10, y - 9, 18, 4);
            g.setColor(Color.BLACK);
            g.drawString(legend.get(k), LEFT + 34, y - 3);
            y += 16;
        }
        g.dispose();
        try {
            if (file.getParent() != null) {
                Files.createDirectories(file.getParent());
            }
            ImageIO.write(image, "png", file.toFile());
        } catch (IOException e) {
            throw new InvalidInputException("cannot write plot " + file + ": " + e.getMessage());
        }
    }
}
