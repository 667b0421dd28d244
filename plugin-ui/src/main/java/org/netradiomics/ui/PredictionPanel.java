package org.netradiomics.ui;

import java.awt.BorderLayout;
import java.awt.GridLayout;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import javax.swing.JButton;
import javax.swing.JComboBox;
import javax.swing.JFileChooser;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.JTextField;

import org.netradiomics.model.InputSpec;
import org.netradiomics.model.ModelPackage;
import org.netradiomics.model.ModelPackageJson;
import org.netradiomics.model.Prediction;
import org.netradiomics.model.StudyLibrary;
import org.netradiomics.volume.InvalidInputException;

/**
 * The prediction panel: choose a study's model package (bundled, or a calibrated / site-trained package file), give
 * the clinical inputs it asks for, and see the probability, risk group and warnings, or the reason it cannot run.
 */
final class PredictionPanel extends JPanel {
    private final WorkbenchSession session;
    private final StudyLibrary library = new StudyLibrary();
    private final JComboBox<String> study = new JComboBox<>();
    private final JTextField clinical = new JTextField();
    private final JLabel needs = new JLabel(" ");
    private final JLabel result = new JLabel(" ");
    private final WorkbenchController controller;

    PredictionPanel(WorkbenchSession session, WorkbenchController controller) {
        super(new BorderLayout());
        this.session = session;
        this.controller = controller;
        library.studies().forEach(p -> study.addItem(p.id()));
        study.addActionListener(e -> describe());
        JPanel top = new JPanel(new GridLayout(4, 1));
        JPanel choose = new JPanel(new BorderLayout());
        choose.add(study, BorderLayout.CENTER);
        JButton load = new JButton("Load package...");
        load.addActionListener(e -> load());
        choose.add(load, BorderLayout.EAST);
        top.add(choose);
        top.add(needs);
        top.add(clinical);
        JButton run = new JButton("Predict");
        run.addActionListener(e -> predict());
        top.add(run);
        add(top, BorderLayout.NORTH);
        add(result, BorderLayout.CENTER);
        clinical.setToolTipText("clinical inputs, e.g. ki67=10, primary_pancreas=1");
        describe();
    }

    private void describe() {
        String id = (String) study.getSelectedItem();
        if (id == null) {
            return;
        }
        ModelPackage p = library.study(id);
        StringBuilder sb = new StringBuilder("<html>clinical inputs: ");
        for (InputSpec in : p.inputs()) {
            if (in.kind() == InputSpec.Kind.CLINICAL) {
                sb.append(in.name()).append(in.unit().isEmpty() ? "" : " (" + in.unit() + ")").append("; ");
            }
        }
        needs.setText(sb.append("calibration: ").append(p.calibration()).append("</html>").toString());
    }

    private void load() {
        JFileChooser chooser = new JFileChooser();
        if (chooser.showOpenDialog(this) == JFileChooser.APPROVE_OPTION) {
            try {
                ModelPackage p = ModelPackageJson.read(chooser.getSelectedFile().toPath());
                library.add(p);
                study.addItem(p.id());
                study.setSelectedItem(p.id());
            } catch (InvalidInputException e) {
                result.setText("<html><font color='#c00000'>" + e.getMessage() + "</font></html>");
            }
        }
    }

    /**
     * Runs the selected study with the clinical text in the background (the features it needs are computed with
     * progress and Cancel); the result or the reason shows in the panel when it is known.
     */
    void predict() {
        String id = (String) study.getSelectedItem();
        Map<String, Double> values;
        try {
            values = parse(clinical.getText());
        } catch (InvalidInputException e) {
            showError(e.getMessage());
            return;
        }
        result.setText("computing ...");
        controller.predict(library, id, values, p -> {
            // the study's aggregation becomes the patient row of the features export
            String aggregation = library.study(id).aggregation();
            if (aggregation.equals("median") || aggregation.equals("mean")) {
                session.setAggregation(WorkbenchSession.Aggregation.of(aggregation));
            }
            result.setText(describe(p));
        }, this::showError);
    }

    /** What the panel shows of a prediction. */
    static String describe(Prediction p) {
        StringBuilder survival = new StringBuilder();
        p.survival().forEach((t, v) -> survival.append(String.format(Locale.ROOT, "%s S(%s) = %.3f",
                survival.isEmpty() ? "<br>survival:" : ",", t, v)));
        return String.format(Locale.ROOT, "<html><b>%s</b>: probability %.3f, linear predictor %.3f, group %s%s%s</html>",
                p.packageId(), p.probability(), p.linearPredictor(), p.group().isEmpty() ? "-" : p.group(),
                survival, p.warnings().isEmpty() ? "" : "<br>warnings: " + String.join("; ", p.warnings()));
    }

    private void showError(String message) {
        result.setText("<html><font color='#c00000'>" + message + "</font></html>");
    }

    /** The text the panel shows now. */
    String shown() {
        return result.getText();
    }

    void select(String id, String clinicalText) {
        study.setSelectedItem(id);
        clinical.setText(clinicalText);
    }

    void addPackage(Path file) {
        ModelPackage p = ModelPackageJson.read(file);
        library.add(p);
        study.addItem(p.id());
    }

    static Map<String, Double> parse(String text) {
        Map<String, Double> out = new LinkedHashMap<>();
        for (String part : text.split("[,;]")) {
            if (part.isBlank()) {
                continue;
            }
            String[] kv = part.split("=");
            if (kv.length != 2) {
                throw new InvalidInputException("clinical input '" + part.strip() + "' is not name=value");
            }
            try {
                out.put(kv[0].strip(), Double.parseDouble(kv[1].strip()));
            } catch (NumberFormatException e) {
                throw new InvalidInputException("clinical input '" + kv[0].strip() + "' is '" + kv[1].strip()
                        + "', not a number");
            }
        }
        return out;
    }
}
