package org.netradiomics.ui;

import java.awt.BorderLayout;
import java.awt.Color;
import java.awt.GridLayout;
import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CountDownLatch;

import javax.swing.BorderFactory;
import javax.swing.DefaultListModel;
import javax.swing.JButton;
import javax.swing.JCheckBox;
import javax.swing.JComboBox;
import javax.swing.JFileChooser;
import javax.swing.JFrame;
import javax.swing.JLabel;
import javax.swing.JList;
import javax.swing.JOptionPane;
import javax.swing.JPanel;
import javax.swing.JProgressBar;
import javax.swing.JScrollPane;
import javax.swing.JSplitPane;
import javax.swing.JTable;
import javax.swing.JToolBar;
import javax.swing.SwingWorker;
import javax.swing.table.DefaultTableModel;

import org.netradiomics.segmentation.GrowSettings;
import org.netradiomics.volume.InvalidInputException;

/**
 * The standalone workbench window: axial view with window/level presets, click to grow a lesion (in the background,
 * with progress and cancel), lesion list (rename, delete, re-grow as interval, brush, undo), features of the selected
 * lesion or the patient median, a prediction panel (study packages with clinical inputs), and exports (features CSV,
 * lesion masks NIfTI).
 * Errors are shown in the status line; nothing already segmented is lost.
 */
public final class WorkbenchFrame extends JFrame {
    private final WorkbenchSession session;
    private final ImagePanel view;
    private final DefaultListModel<WorkbenchSession.Lesion> lesionModel = new DefaultListModel<>();
    private final JList<WorkbenchSession.Lesion> lesionList = new JList<>(lesionModel);
    private final DefaultTableModel featureModel = new DefaultTableModel(new Object[] {"feature", "value"}, 0);
    private final JLabel status = new JLabel(" ");
    private final JProgressBar progress = new JProgressBar();
    private final JCheckBox sliceOnly = new JCheckBox("2D (this slice)");
    private final JComboBox<String> tool = new JComboBox<>(new String[] {"Grow", "Brush add", "Brush erase"});
    private final PredictionPanel predictionPanel;
    private volatile CountDownLatch busy = new CountDownLatch(0);
    private SwingWorker<?, ?> running;

    /** A window on {@code session}. */
    public WorkbenchFrame(WorkbenchSession session) {
        super("NETRadiomics workbench - " + session.source());
        this.session = session;
        this.view = new ImagePanel(session, this::clicked);
        this.predictionPanel = new PredictionPanel(session);
        setDefaultCloseOperation(JFrame.DISPOSE_ON_CLOSE);
        add(toolbar(), BorderLayout.NORTH);
        JSplitPane split = new JSplitPane(JSplitPane.HORIZONTAL_SPLIT, view, sidePanel());
        split.setResizeWeight(0.7);
        add(split, BorderLayout.CENTER);
        JPanel south = new JPanel(new BorderLayout());
        south.add(status, BorderLayout.CENTER);
        progress.setVisible(false);
        south.add(progress, BorderLayout.EAST);
        add(south, BorderLayout.SOUTH);
        lesionList.addListSelectionListener(e -> showFeatures());
        pack();
    }

    private JToolBar toolbar() {
        JToolBar bar = new JToolBar();
        JComboBox<WindowPreset> window = new JComboBox<>(WindowPreset.values());
        window.addActionListener(e -> view.setWindow((WindowPreset) window.getSelectedItem()));
        bar.add(new JLabel("Window "));
        bar.add(window);
        bar.add(tool);
        bar.add(sliceOnly);
        JButton undo = new JButton("Undo");
        undo.addActionListener(e -> {
            if (!session.undo()) {
                say("nothing to undo", false);
            }
            view.repaint();
        });
        bar.add(undo);
        JButton cancel = new JButton("Cancel");
        cancel.addActionListener(e -> {
            if (running != null) {
                running.cancel(true);
                say("cancelled: the running growth's result is discarded", false);
            }
        });
        bar.add(cancel);
        JButton csv = new JButton("Export features...");
        csv.addActionListener(e -> chooseAndRun("features.csv", p -> session.exportFeatures(p)));
        bar.add(csv);
        JButton masks = new JButton("Export masks...");
        masks.setToolTipText("the file name picks the format: .nii.gz, .nrrd, .seg.nrrd, or .dcm (DICOM-SEG)");
        masks.addActionListener(e -> chooseAndRun("lesions.seg.nrrd", p -> session.exportMasks(p)));
        bar.add(masks);
        JButton open = new JButton("Open...");
        open.addActionListener(e -> openAnother());
        bar.add(open, 0);
        JButton loadMask = new JButton("Load mask...");
        loadMask.setToolTipText("NIfTI/NRRD label image, .seg.nrrd, RTSTRUCT or DICOM-SEG for this image");
        loadMask.addActionListener(e -> loadMask());
        bar.add(loadMask, 1);
        return bar;
    }

    private JPanel sidePanel() {
        JPanel side = new JPanel(new GridLayout(3, 1));
        JPanel lesions = new JPanel(new BorderLayout());
        lesions.setBorder(BorderFactory.createTitledBorder("Lesions"));
        lesions.add(new JScrollPane(lesionList), BorderLayout.CENTER);
        JPanel buttons = new JPanel(new GridLayout(1, 5));
        JButton rename = new JButton("Rename");
        rename.addActionListener(e -> withSelected(l -> {
            String name = JOptionPane.showInputDialog(this, "Lesion name", l.name());
            if (name != null) {
                session.rename(l.label(), name);
            }
        }));
        JButton delete = new JButton("Delete");
        delete.addActionListener(e -> withSelected(l -> session.delete(l.label())));
        JButton patient = new JButton("Patient median");
        patient.addActionListener(e -> act(() -> fill(session.patientFeatures(true))));
        buttons.add(rename);
        buttons.add(delete);
        buttons.add(patient);
        JButton patientMean = new JButton("Patient mean");
        patientMean.addActionListener(e -> act(() -> fill(session.patientFeatures(false))));
        buttons.add(patientMean);
        JButton regrow = new JButton("Re-grow...");
        regrow.addActionListener(e -> withSelected(l -> {
            String text = JOptionPane.showInputDialog(this, "Re-grow '" + l.name() + "' from its centre voxel on this "
                    + "slice with an HU interval lower,upper (empty: adaptive)", "");
            if (text != null) {
                regrow(l, text);
            }
        }));
        buttons.add(regrow);
        lesions.add(buttons, BorderLayout.SOUTH);
        side.add(lesions);
        JPanel features = new JPanel(new BorderLayout());
        features.setBorder(BorderFactory.createTitledBorder("Features (PyRadiomics names)"));
        features.add(new JScrollPane(new JTable(featureModel)), BorderLayout.CENTER);
        side.add(features);
        predictionPanel.setBorder(BorderFactory.createTitledBorder("Prediction (study model packages)"));
        side.add(predictionPanel);
        return side;
    }

    private void clicked(int[] v) {
        String t = (String) tool.getSelectedItem();
        if (!"Grow".equals(t)) {
            withSelected(l -> session.brush(l.label(), v[0], v[1], v[2], 3, "Brush erase".equals(t)));
            return;
        }
        growAt(v[0], v[1], v[2]);
    }

    /** Re-grows lesion {@code l} from the voxel it covers nearest the centre of the shown slice. */
    private void regrow(WorkbenchSession.Lesion l, String interval) {
        GrowSettings settings = GrowSettings.lesionDefaults();
        if (!interval.isBlank()) {
            String[] p = interval.split(",");
            if (p.length != 2) {
                throw new InvalidInputException("give the interval as lower,upper in HU, e.g. 20,90");
            }
            try {
                settings = GrowSettings.interval(Double.parseDouble(p[0].strip()), Double.parseDouble(p[1].strip()));
            } catch (NumberFormatException e) {
                throw new InvalidInputException("the interval '" + interval + "' is not two numbers");
            }
        }
        int[] seed = session.seedOf(l.label(), view.slice());
        session.regrow(l.label(), seed[0], seed[1], seed[2], settings);
    }

    /** Adds the lesions of a mask file (each segment, ROI or label); a file for another image changes nothing. */
    private void loadMask() {
        JFileChooser chooser = new JFileChooser();
        if (chooser.showOpenDialog(this) != JFileChooser.APPROVE_OPTION) {
            return;
        }
        act(() -> {
            Map<String, org.netradiomics.volume.Mask> masks = ImageFilesAdapter.readLesions(
                    chooser.getSelectedFile().toPath(), session.image());
            masks.forEach(session::addLesion);
            refreshLesions();
            view.repaint();
            say("loaded " + masks.size() + " lesion(s) from " + chooser.getSelectedFile().getName(), false);
        });
    }

    /** Opens another image in a new window (this one and its lesions stay as they are). */
    private void openAnother() {
        JFileChooser chooser = new JFileChooser();
        chooser.setFileSelectionMode(JFileChooser.FILES_AND_DIRECTORIES);
        chooser.setDialogTitle("Open a NIfTI / NRRD file or a DICOM series folder");
        if (chooser.showOpenDialog(this) != JFileChooser.APPROVE_OPTION) {
            return;
        }
        act(() -> {
            Path p = chooser.getSelectedFile().toPath();
            WorkbenchSession next = new WorkbenchSession(ImageFilesAdapter.read(p), p.toString(), session.service());
            WorkbenchFrame frame = new WorkbenchFrame(next);
            frame.setVisible(true);
        });
    }

    /** Grows a lesion from voxel (i, j, k) in the background, as a click does. */
    public void growAt(int i, int j, int k) {
        CountDownLatch done = new CountDownLatch(1);
        busy = done;
        progress.setIndeterminate(true);
        progress.setVisible(true);
        say(String.format(Locale.ROOT, "growing from voxel %d, %d, %d ...", i, j, k), false);
        boolean twoD = sliceOnly.isSelected();
        running = new SwingWorker<WorkbenchSession.Lesion, Void>() {
            @Override
            protected WorkbenchSession.Lesion doInBackground() {
                return session.grow(i, j, k, GrowSettings.lesionDefaults(), twoD);
            }

            @Override
            protected void done() {
                progress.setVisible(false);
                try {
                    if (!isCancelled()) {
                        WorkbenchSession.Lesion l = get();
                        refreshLesions();
                        lesionList.setSelectedValue(l, true);
                        say(String.format(Locale.ROOT, "%s: %.1f mL (%s)", l.name(), l.volumeMl(), l.status()), false);
                    }
                } catch (java.util.concurrent.ExecutionException e) {
                    say(e.getCause().getMessage(), true);
                } catch (InterruptedException | java.util.concurrent.CancellationException e) {
                    say("cancelled", false);
                } finally {
                    view.repaint();
                    done.countDown();
                }
            }
        };
        running.execute();
    }

    /** Waits until the running growth (if any) has finished and the window is updated. */
    public void awaitIdle() throws InterruptedException {
        busy.await();
    }

    /** The lesion list as shown. */
    public java.util.List<WorkbenchSession.Lesion> shownLesions() {
        return java.util.Collections.list(lesionModel.elements());
    }

    /** The status line text. */
    public String statusText() {
        return status.getText();
    }

    /** The window's content painted into an image (for screenshots). */
    public BufferedImage snapshot() {
        BufferedImage img = new BufferedImage(getContentPane().getWidth(), getContentPane().getHeight(),
                BufferedImage.TYPE_INT_RGB);
        getContentPane().paint(img.getGraphics());
        return img;
    }

    /** Screen position of the centre of voxel (i, j) of the shown slice (for driving the window with a Robot). */
    public java.awt.Point screenPointOf(int i, int j) {
        int[] p = view.pointOf(i, j);
        java.awt.Point origin = view.getLocationOnScreen();
        return new java.awt.Point(origin.x + p[0], origin.y + p[1]);
    }

    /** Runs study {@code id} with the clinical text (as typed in the prediction panel); returns what it shows. */
    public String predict(String id, String clinicalText) {
        predictionPanel.select(id, clinicalText);
        return predictionPanel.predict();
    }

    /** Shows slice k. */
    public void showSlice(int k) {
        view.setSlice(k);
    }

    private void refreshLesions() {
        lesionModel.clear();
        session.lesions().forEach(lesionModel::addElement);
    }

    private void showFeatures() {
        WorkbenchSession.Lesion l = lesionList.getSelectedValue();
        if (l != null) {
            act(() -> fill(session.features(l.label())));
        }
    }

    private void fill(Map<String, ?> values) {
        featureModel.setRowCount(0);
        values.forEach((k, v) -> {
            if (k.startsWith("original_")) {
                featureModel.addRow(new Object[] {k.substring("original_".length()), v});
            }
        });
    }

    private void withSelected(java.util.function.Consumer<WorkbenchSession.Lesion> action) {
        WorkbenchSession.Lesion l = lesionList.getSelectedValue();
        if (l == null) {
            say("select a lesion first", true);
            return;
        }
        act(() -> action.accept(l));
        refreshLesions();
        view.repaint();
    }

    private void chooseAndRun(String suggested, java.util.function.Consumer<Path> action) {
        JFileChooser chooser = new JFileChooser();
        chooser.setSelectedFile(new java.io.File(suggested));
        if (chooser.showSaveDialog(this) == JFileChooser.APPROVE_OPTION) {
            Path p = chooser.getSelectedFile().toPath();
            act(() -> {
                action.accept(p);
                say("wrote " + p, false);
            });
        }
    }

    private void act(Runnable r) {
        try {
            r.run();
        } catch (InvalidInputException e) {
            say(e.getMessage(), true);
        }
    }

    private void say(String message, boolean error) {
        status.setForeground(error ? new Color(0xc00000) : Color.DARK_GRAY);
        status.setText(message);
    }
}
