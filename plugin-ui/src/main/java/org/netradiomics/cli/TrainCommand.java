package org.netradiomics.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.netradiomics.model.ModelPackage;
import org.netradiomics.model.ModelPackageJson;
import org.netradiomics.training.CohortTable;
import org.netradiomics.training.GastricNenPipeline;
import org.netradiomics.training.LnmPipeline;
import org.netradiomics.training.PackageExport;
import org.netradiomics.training.RaisePipeline;
import org.netradiomics.training.SurufatinibPipeline;
import org.netradiomics.training.TalentPipeline;
import org.netradiomics.volume.InvalidInputException;


/**
 * {@code train}: a study's model-development pipeline on a site's cohort table, written as a model package ({@code --out}
 * and, for two-stage models, a sibling package for the first stage); the surufatinib stacking ensemble is stored whole
 * (Java serialisation) with its nested cross-validated performance.
 */
public final class TrainCommand implements Command {
    private static final String USAGE = "usage: netradiomics train --pipeline talent|surufatinib|lnm|gnen|raise"
            + " --cohort cohort.csv --out model.json [--resegmentation reseg.csv] [--repeats N]\n"
            + "  cohort columns (defaults, see README): talent: outcome, ki67, primary_pancreas, original_* features;"
            + " gnen: time, event, ki67, m_stage, diameter_mm, original_*; lnm: patient, outcome, vascular_invasion,"
            + " perineural_invasion, grade_g2g3, original_*, deep_*; surufatinib: outcome, centre, original_*;"
            + " raise (one row per lesion): patient, deep_*, sld_ratio, delta_log_cga, time, event";

    @Override
    public String name() {
        return "train";
    }

    @Override
    public String summary() {
        return "fit a study's pipeline on your cohort and write a model package";
    }

    @Override
    public int run(String[] args, PrintStream out, PrintStream err) {
        Options o = Options.parse(args, "--pipeline", "--cohort", "--out", "--resegmentation", "--repeats");
        if (o.help()) {
            out.println(USAGE);
            return 0;
        }
        String problem = o.problem("--pipeline", "--cohort", "--out");
        if (problem != null) {
            err.println("train: " + problem);
            err.println(USAGE);
            return 2;
        }
        Path outFile = Path.of(o.get("--out"));
        String id = outFile.getFileName().toString().replaceFirst("\\.json$", "");
        try {
            CohortTable cohort = CohortTable.read(Path.of(o.get("--cohort")));
            String name = Path.of(o.get("--cohort")).getFileName().toString();
            int repeats = Integer.parseInt(o.get("--repeats", "100"));
            List<ModelPackage> packages = new ArrayList<>();
            switch (o.get("--pipeline")) {
                case "talent" -> packages.addAll(PackageExport.talent(TalentPipeline.train(cohort,
                        TalentPipeline.Settings.defaults()), TalentPipeline.Settings.defaults(), id, name));
                case "gnen" -> packages.add(PackageExport.gastricNen(GastricNenPipeline.train(cohort,
                        GastricNenPipeline.Settings.defaults()), GastricNenPipeline.Settings.defaults(), id, name));
                case "lnm" -> {
                    CohortTable reseg = o.get("--resegmentation") == null ? null
                            : CohortTable.read(Path.of(o.get("--resegmentation")));
                    LnmPipeline.Settings s = LnmPipeline.Settings.defaults(reseg);
                    packages.addAll(PackageExport.lnm(LnmPipeline.train(cohort, s), s, id, name));
                }
                case "surufatinib" -> packages.add(PackageExport.surufatinib(SurufatinibPipeline.train(cohort,
                        SurufatinibPipeline.Settings.defaults().withEffort(100, repeats, 10)), id, name));
                case "raise" -> {
                    RaisePipeline.Result r = RaisePipeline.train(cohort, RaisePipeline.Settings.defaults()
                            .with(20, repeats));
                    packages.add(PackageExport.raise(r, RaisePipeline.Settings.defaults(), id, name));
                }
                default -> {
                    err.println("train: --pipeline must be talent, surufatinib, lnm, gnen or raise");
                    return 2;
                }
            }
            if (outFile.toAbsolutePath().getParent() != null) {
                Files.createDirectories(outFile.toAbsolutePath().getParent());
            }
            for (ModelPackage trained : packages) {
                ModelPackage p = PackageExport.withDevelopmentRanges(trained, cohort);
                Path f = outFile.resolveSibling(p.id() + ".json");
                Files.writeString(f, ModelPackageJson.write(p));
                out.println("wrote model package " + f);
            }
            return 0;
        } catch (NumberFormatException e) {
            err.println("train: --repeats must be a whole number");
            return 2;
        } catch (InvalidInputException e) {
            err.println("train: " + e.getMessage());
            return 1;
        } catch (IOException e) {
            err.println("train: cannot write " + outFile + ": " + e.getMessage());
            return 1;
        }
    }
}
