package org.netradiomics.ui;

import java.awt.BorderLayout;
import java.awt.Color;
import java.awt.GridLayout;
import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.util.Map;

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
import javax.swing.SwingUtilities;
import javax.swing.table.DefaultTableModel;

import org.netradiomics.volume.InvalidInputException;

/**
 * The standalone workbench window: axial view with window/level presets, click to grow a lesion, lesion list (rename,
 * delete, re-grow as interval, brush, undo), features of the selected lesion or the patient median or mean, a
 * prediction panel (study packages with clinical inputs), and exports (features CSV; lesion masks as NIfTI, NRRD,
 * .seg.nrrd or DICOM-SEG). Growing, feature extraction, exports and mask loading run in the background (one job at a
 * time, with progress and Cancel; a click while a job runs is refused with a message) through a
 * {@link WorkbenchController}, which holds all the logic; this class only wires Swing to it.
 * Errors are shown in the status line; nothing already segmented is lost: a new lesion takes only voxels that no other
 * lesion holds, unless "new lesion may overwrite" is ticked.
 */
public final class WorkbenchFrame extends JFrame implements WorkbenchController.View {
    private final WorkbenchSession session;
    private final WorkbenchController controller;
    private final ImagePanel view;
    private final DefaultListModel<WorkbenchSession.Lesion> lesionModel = new DefaultListModel<>();
    private final JList<WorkbenchSession.Lesion> lesionList = new JList<>(lesionModel);
    private final DefaultTableModel featureModel = new DefaultTableModel(new Object[] {"feature", "value"}, 0);
    private final JLabel status = new JLabel(" ");
    private final JProgressBar progress = new JProgressBar();
    private final JCheckBox sliceOnly = new JCheckBox("2D (this slice)");
    private final JCheckBox overwrite = new JCheckBox("new lesion may overwrite");
    private final JComboBox<String> tool = new JComboBox<>(new String[] {"Grow", "Brush add", "Brush erase"});
    private final PredictionPanel predictionPanel;
    private boolean refreshing;

    /** A window on {@code session}. */
    public WorkbenchFrame(WorkbenchSession session) {
        super("NETRadiomics workbench - " + session.source());
        this.session = session;
        this.controller = new WorkbenchController(session, this, SwingUtilities::invokeLater);
        this.view = new ImagePanel(session, this::clicked);
        this.predictionPanel = new PredictionPanel(session, controller);
        setDefaultCloseOperation(JFrame.DISPOSE_ON_CLOSE);
        add(toolbar(), BorderLayout.NORTH);
        JPanel side = sidePanel();
        side.setPreferredSize(new java.awt.Dimension(480, 620));   // the view takes what the window has beyond this
        side.setMinimumSize(new java.awt.Dimension(320, 300));
        JSplitPane split = new JSplitPane(JSplitPane.HORIZONTAL_SPLIT, view, side);
        split.setResizeWeight(0.7);
        add(split, BorderLayout.CENTER);
        JPanel south = new JPanel(new BorderLayout());
        south.add(status, BorderLayout.CENTER);
        progress.setVisible(false);
        progress.setStringPainted(true);
        south.add(progress, BorderLayout.EAST);
        add(south, BorderLayout.SOUTH);
        lesionList.addListSelectionListener(e -> {
            WorkbenchSession.Lesion l = lesionList.getSelectedValue();
            if (!e.getValueIsAdjusting() && !refreshing && l != null) {
                controller.showFeatures(l.label());
            }
        });
        pack();
    }

    /** Two rows: opening and drawing tools, then editing and exports (one row overflows narrow windows). */
    private JPanel toolbar() {
        JToolBar bar = new JToolBar();
        JToolBar edits = new JToolBar();
        bar.setFloatable(false);
        edits.setFloatable(false);
        JComboBox<WindowPreset> window = new JComboBox<>(WindowPreset.values());
        window.addActionListener(e -> view.setWindow((WindowPreset) window.getSelectedItem()));
        bar.add(new JLabel("Window "));
        bar.add(window);
        bar.add(tool);
        bar.add(sliceOnly);
        overwrite.setToolTipText("off (safer): a new lesion takes only voxels that no other lesion holds");
        overwrite.addActionListener(e -> session.setOverwriteExisting(overwrite.isSelected()));
        bar.add(overwrite);
        JButton undo = new JButton("Undo");
        undo.setToolTipText("undo the last grow, re-grow, load, delete or brush (voxels and lesion list)");
        undo.addActionListener(e -> controller.undo());
        edits.add(undo);
        JButton cancel = new JButton("Cancel");
        cancel.setToolTipText("cancel the running job: its result is discarded and nothing changes");
        cancel.addActionListener(e -> controller.cancel());
        edits.add(cancel);
        JButton csv = new JButton("Export features...");
        csv.setToolTipText("one row per lesion and a patient row (median, or mean once 'Patient mean' was chosen)");
        csv.addActionListener(e -> chooseFile("features.csv").ifPresent(controller::exportFeatures));
        edits.add(csv);
        JButton masks = new JButton("Export masks...");
        masks.setToolTipText("the file name picks the format: .nii.gz, .nrrd, .seg.nrrd, .rtstruct.dcm (RT structure set) or .dcm (DICOM-SEG)");
        masks.addActionListener(e -> chooseFile("lesions.seg.nrrd").ifPresent(controller::exportMasks));
        edits.add(masks);
        JButton open = new JButton("Open...");
        open.addActionListener(e -> openAnother());
        bar.add(open, 0);
        JButton loadMask = new JButton("Load mask...");
        loadMask.setToolTipText("NIfTI/NRRD label image, .seg.nrrd, RTSTRUCT or DICOM-SEG for this image");
        loadMask.addActionListener(e -> {
            JFileChooser chooser = new JFileChooser();
            if (chooser.showOpenDialog(this) == JFileChooser.APPROVE_OPTION) {
                controller.loadMask(chooser.getSelectedFile().toPath());
            }
        });
        bar.add(loadMask, 1);
        JPanel rows = new JPanel(new GridLayout(2, 1));
        rows.add(bar);
        rows.add(edits);
        return rows;
    }

    private JPanel sidePanel() {
        JPanel side = new JPanel(new GridLayout(3, 1));
        JPanel lesions = new JPanel(new BorderLayout());
        lesions.setBorder(BorderFactory.createTitledBorder("Lesions"));
        lesions.add(new JScrollPane(lesionList), BorderLayout.CENTER);
        JPanel buttons = new JPanel(new GridLayout(2, 3));
        JButton rename = new JButton("Rename");
        rename.addActionListener(e -> withSelected(l -> {
            String name = JOptionPane.showInputDialog(this, "Lesion name", l.name());
            if (name != null) {
                controller.rename(l.label(), name);
            }
        }));
        JButton delete = new JButton("Delete");
        delete.addActionListener(e -> withSelected(l -> controller.delete(l.label())));
        JButton patient = new JButton("Patient median");
        patient.addActionListener(e -> controller.showPatient(WorkbenchSession.Aggregation.MEDIAN));
        buttons.add(rename);
        buttons.add(delete);
        buttons.add(patient);
        JButton patientMean = new JButton("Patient mean");
        patientMean.addActionListener(e -> controller.showPatient(WorkbenchSession.Aggregation.MEAN));
        buttons.add(patientMean);
        JButton regrow = new JButton("Re-grow...");
        regrow.addActionListener(e -> withSelected(l -> {
            String text = JOptionPane.showInputDialog(this, "Re-grow '" + l.name() + "' from its centre voxel on this "
                    + "slice with an HU interval lower,upper (empty: adaptive)", "");
            if (text != null) {
                controller.regrow(l.label(), text, view.slice());
            }
        }));
        buttons.add(regrow);
        lesions.add(buttons, BorderLayout.SOUTH);
        side.add(lesions);
        JPanel features = new JPanel(new BorderLayout());
        features.setBorder(BorderFactory.createTitledBorder("Features (PyRadiomics names, original_ omitted)"));
        features.add(new JScrollPane(new JTable(featureModel)), BorderLayout.CENTER);
        side.add(features);
        predictionPanel.setBorder(BorderFactory.createTitledBorder("Prediction (study model packages)"));
        side.add(predictionPanel);
        return side;
    }

    private void clicked(int[] v) {
        String t = (String) tool.getSelectedItem();
        if (!"Grow".equals(t)) {
            withSelected(l -> controller.brush(l.label(), v[0], v[1], v[2], 3, "Brush erase".equals(t)));
            return;
        }
        growAt(v[0], v[1], v[2]);
    }

    /** Opens another image in a new window (this one and its lesions stay as they are). */
    private void openAnother() {
        JFileChooser chooser = new JFileChooser();
        chooser.setFileSelectionMode(JFileChooser.FILES_AND_DIRECTORIES);
        chooser.setDialogTitle("Open a NIfTI / NRRD file or a DICOM series folder");
        if (chooser.showOpenDialog(this) != JFileChooser.APPROVE_OPTION) {
            return;
        }
        Path file = chooser.getSelectedFile().toPath();
        status("opening " + file.getFileName() + " ...", false);
        // reading a DICOM series takes seconds: off the UI thread, so this window stays usable meanwhile
        new javax.swing.SwingWorker<WorkbenchSession, Void>() {
            @Override
            protected WorkbenchSession doInBackground() {
                return SessionOpener.open(file, null, new SeriesDialog(WorkbenchFrame.this), session.service());
            }

            @Override
            protected void done() {
                try {
                    WorkbenchSession next = get();
                    if (next != null) {
                        new WorkbenchFrame(next).setVisible(true);
                        status("opened " + file.getFileName() + " in a new window", false);
                    } else {
                        status("open cancelled", false);
                    }
                } catch (java.util.concurrent.ExecutionException e) {
                    status(e.getCause() instanceof InvalidInputException ie ? ie.getMessage()
                            : "cannot open " + file + ": " + e.getCause(), true);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
        }.execute();
    }

    /** Grows a lesion from voxel (i, j, k) in the background, as a click does. */
    public void growAt(int i, int j, int k) {
        controller.grow(i, j, k, sliceOnly.isSelected());
    }

    /** The controller behind the window. */
    public WorkbenchController controller() {
        return controller;
    }

    /** Waits until the running job (if any) has finished and the window is updated. */
    public void awaitIdle() throws InterruptedException {
        controller.awaitIdle();
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

    /**
     * Runs study {@code id} with the clinical text (as typed in the prediction panel), waits until the background job
     * has ended, and returns what the panel shows. Call it off the UI thread.
     */
    public String predict(String id, String clinicalText) throws InterruptedException {
        String[] shown = new String[1];
        invokeAndWaitQuietly(() -> {
            predictionPanel.select(id, clinicalText);
            predictionPanel.predict();
        });
        controller.awaitIdle();
        invokeAndWaitQuietly(() -> shown[0] = predictionPanel.shown());
        return shown[0];
    }

    private static void invokeAndWaitQuietly(Runnable r) throws InterruptedException {
        if (SwingUtilities.isEventDispatchThread()) {
            r.run();
            return;
        }
        try {
            SwingUtilities.invokeAndWait(r);
        } catch (java.lang.reflect.InvocationTargetException e) {
            throw new IllegalStateException(e.getCause());
        }
    }

    /** Shows slice k. */
    public void showSlice(int k) {
        view.setSlice(k);
    }

    @Override
    public void dispose() {
        controller.close();
        super.dispose();
    }

    @Override
    public void status(String message, boolean error) {
        status.setForeground(error ? new Color(0xc00000) : Color.DARK_GRAY);
        status.setText(message);
    }

    @Override
    public void busy(String what) {
        progress.setVisible(what != null);
        progress.setString(what == null ? "" : what + " ...");
        if (what != null) {
            progress.setIndeterminate(true);
        }
        revalidate();
    }

    @Override
    public void progress(int done, int total) {
        progress.setIndeterminate(total == 0);
        if (total > 0) {
            progress.setMaximum(total);
            progress.setValue(done);
        }
    }

    @Override
    public void lesionsChanged(WorkbenchSession.Lesion select) {
        refreshing = true;
        try {
            WorkbenchSession.Lesion keep = select != null ? select : lesionList.getSelectedValue();
            lesionModel.clear();
            session.lesions().forEach(lesionModel::addElement);
            if (keep != null) {
                for (WorkbenchSession.Lesion l : session.lesions()) {
                    if (l.label() == keep.label()) {
                        lesionList.setSelectedValue(l, true);
                    }
                }
            }
        } finally {
            refreshing = false;
        }
        featureModel.setRowCount(0);
        view.repaint();
        WorkbenchSession.Lesion l = lesionList.getSelectedValue();
        if (l != null && select != null) {
            controller.showFeatures(l.label());
        }
    }

    @Override
    public void showFeatures(Map<String, ?> values) {
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
            status("select a lesion first", true);
            return;
        }
        action.accept(l);
    }

    private java.util.Optional<Path> chooseFile(String suggested) {
        JFileChooser chooser = new JFileChooser();
        chooser.setSelectedFile(new java.io.File(suggested));
        return chooser.showSaveDialog(this) == JFileChooser.APPROVE_OPTION
                ? java.util.Optional.of(chooser.getSelectedFile().toPath()) : java.util.Optional.empty();
    }
}
