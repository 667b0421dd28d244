package org.netradiomics.ui;

import java.awt.Component;
import java.nio.file.Path;
import java.util.List;

import javax.swing.JOptionPane;
import javax.swing.JScrollPane;
import javax.swing.JTable;
import javax.swing.ListSelectionModel;
import javax.swing.table.DefaultTableModel;

import org.netradiomics.dicom.DicomSeriesInfo;

/**
 * The window's {@link SeriesChooser}: a dialog with a table of the folder's CT series. May be asked from a background
 * thread (the series is loaded off the UI thread): the dialog is then shown on the UI thread and the caller waits.
 */
public final class SeriesDialog implements SeriesChooser {
    private final Component parent;

    public SeriesDialog(Component parent) {
        this.parent = parent;
    }

    @Override
    public String choose(Path folder, List<DicomSeriesInfo> candidates) {
        if (javax.swing.SwingUtilities.isEventDispatchThread()) {
            return ask(folder, candidates);
        }
        String[] answer = new String[1];
        try {
            javax.swing.SwingUtilities.invokeAndWait(() -> answer[0] = ask(folder, candidates));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return null;
        } catch (java.lang.reflect.InvocationTargetException e) {
            throw new IllegalStateException(e.getCause());
        }
        return answer[0];
    }

    private String ask(Path folder, List<DicomSeriesInfo> candidates) {
        DefaultTableModel model = new DefaultTableModel(new Object[] {"description", "slices", "Series Instance UID"},
                0) {
            @Override
            public boolean isCellEditable(int row, int column) {
                return false;
            }
        };
        candidates.forEach(s -> model.addRow(new Object[] {s.description(), s.fileCount(), s.seriesInstanceUid()}));
        JTable table = new JTable(model);
        table.setSelectionMode(ListSelectionModel.SINGLE_SELECTION);
        table.setRowSelectionInterval(0, 0);
        JScrollPane scroll = new JScrollPane(table);
        scroll.setPreferredSize(new java.awt.Dimension(700, 40 + 20 * Math.min(candidates.size(), 12)));
        int answer = JOptionPane.showConfirmDialog(parent, new Object[] {folder + " holds " + candidates.size()
                + " CT series; open which?", scroll}, "Choose a series", JOptionPane.OK_CANCEL_OPTION,
                JOptionPane.QUESTION_MESSAGE);
        int row = table.getSelectedRow();
        return answer == JOptionPane.OK_OPTION && row >= 0 ? candidates.get(row).seriesInstanceUid() : null;
    }
}
