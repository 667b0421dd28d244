package org.netradiomics.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Point;
import java.awt.Rectangle;
import java.awt.Robot;
import java.awt.event.InputEvent;
import java.awt.image.BufferedImage;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import javax.imageio.ImageIO;
import javax.swing.SwingUtilities;

import org.junit.jupiter.api.Test;
import org.netradiomics.segmentation.GrowResult;
import org.netradiomics.segmentation.GrowSettings;
import org.netradiomics.segmentation.RegionGrower;
import org.netradiomics.volume.Volume;
import org.netradiomics.volume.io.NiftiReader;

import com.formdev.flatlaf.FlatLightLaf;

/**
 * Drives the real workbench window without a person: under Xvfb (display :99, started here when no server runs
 * there; surefire sets DISPLAY=:99), a Robot clicks voxel (90, 53, 13) of the shared 3 mm abdominal CT, the test
 * waits for the overlay, saves {@code target/workbench.png} from the screen, and checks the overlay colour and the
 * lesion volume shown.
 */
class WorkbenchWindowTest {

    @Test
    void clickGrowsALesionAndShowsIt() throws Exception {
        Path ctPath = org.netradiomics.cli.ShareData.resolve("ct/abdomen_ct/nifti/ct_3mm.nii.gz");
        startDisplay();
        {
            Volume ct = NiftiReader.read(ctPath);
            WorkbenchSession session = new WorkbenchSession(ct, ctPath.toString(),
                    new ExtractionFeatureService(Path.of("..", "test-data", "params", "talent.yaml")));
            WorkbenchFrame[] frame = new WorkbenchFrame[1];
            SwingUtilities.invokeAndWait(() -> {
                FlatLightLaf.setup();
                frame[0] = new WorkbenchFrame(session);
                frame[0].setSize(1100, 700);
                frame[0].setLocation(0, 0);
                frame[0].setVisible(true);
                frame[0].showSlice(13);
            });
            Robot robot = new Robot();
            robot.waitForIdle();
            Thread.sleep(500);
            Point p = frame[0].screenPointOf(90, 53);
            robot.mouseMove(p.x, p.y);
            robot.mousePress(InputEvent.BUTTON1_DOWN_MASK);
            robot.mouseRelease(InputEvent.BUTTON1_DOWN_MASK);
            long deadline = System.currentTimeMillis() + 30_000;
            while (frame[0].shownLesions().isEmpty() && System.currentTimeMillis() < deadline) {
                Thread.sleep(100);
                frame[0].awaitIdle();
            }
            SwingUtilities.invokeAndWait(() -> { });
            robot.waitForIdle();
            Thread.sleep(300);
            Rectangle bounds = frame[0].getBounds();
            BufferedImage shot = robot.createScreenCapture(bounds);
            Path png = Path.of("target", "workbench.png");
            Files.createDirectories(png.getParent());
            ImageIO.write(shot, "png", png.toFile());
            GrowResult expected = RegionGrower.grow(ct, 90, 53, 13, GrowSettings.lesionDefaults());
            assertEquals(1, frame[0].shownLesions().size(), "one lesion after one click: " + frame[0].statusText());
            assertEquals(expected.volumeMl(), frame[0].shownLesions().get(0).volumeMl(), 1e-9);
            assertTrue(frame[0].statusText().contains(String.format(java.util.Locale.ROOT, "%.1f mL",
                    expected.volumeMl())), frame[0].statusText());
            int red = 0;
            for (int y = 0; y < shot.getHeight(); y++) {
                for (int x = 0; x < shot.getWidth(); x++) {
                    int rgb = shot.getRGB(x, y);
                    int r = rgb >> 16 & 0xff;
                    int g = rgb >> 8 & 0xff;
                    int b = rgb & 0xff;
                    red += r > g + 60 && r > b + 60 ? 1 : 0;
                }
            }
            System.out.println("workbench screenshot " + png.toAbsolutePath() + ": " + red + " overlay pixels; lesion "
                    + frame[0].shownLesions().get(0));
            assertTrue(red > 200, "overlay colour in the screenshot: " + red + " pixels");
            String[] shown = new String[1];
            shown[0] = frame[0].predict("talent-combined", "ki67=10, primary_pancreas=1");   // runs in the background
            assertTrue(shown[0].contains("not published"), "prediction panel shows why it cannot run: " + shown[0]);
            SwingUtilities.invokeAndWait(() -> frame[0].dispose());
        }
    }

    /**
     * Starts Xvfb :99 unless a display server answers there; skips without Xvfb (fails under CI). The server is
     * started with -terminate, so it exits when the test JVM (its last client) disconnects; killing it earlier would
     * make AWT end the JVM on the lost connection.
     */
    private static Process startDisplay() throws Exception {
        String display = System.getenv("DISPLAY");
        if (display == null) {
            org.netradiomics.cli.ShareData.missing("DISPLAY (surefire sets it to :99)");
        }
        if (!display.equals(":99") || new File("/tmp/.X11-unix/X99").exists()) {
            return null;
        }
        boolean have = new File("/usr/bin/Xvfb").exists();
        if (!have) {
            org.netradiomics.cli.ShareData.missing("Xvfb (apt-get install xvfb; CI installs it with .ci/install-deps)");
        }
        Process p = new ProcessBuilder("/usr/bin/Xvfb", ":99", "-screen", "0", "1280x800x24", "-nolisten", "tcp",
                "-terminate")
                .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        for (int i = 0; i < 100 && !new File("/tmp/.X11-unix/X99").exists(); i++) {
            Thread.sleep(100);
        }
        if (!p.isAlive()) {
            p.waitFor(1, TimeUnit.SECONDS);
            throw new IllegalStateException("Xvfb :99 did not start");
        }
        return p;
    }
}
