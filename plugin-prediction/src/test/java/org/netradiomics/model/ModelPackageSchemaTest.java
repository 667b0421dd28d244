package org.netradiomics.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.netradiomics.stats.neural.Mlp;
import org.netradiomics.training.CohortTable;
import org.netradiomics.training.GastricNenPipeline;
import org.netradiomics.training.LnmPipeline;
import org.netradiomics.training.PackageExport;
import org.netradiomics.training.SyntheticCohorts;
import org.netradiomics.training.TalentPipeline;
import org.netradiomics.volume.InvalidInputException;

import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * The model package schema: a valid draft 2020-12 schema; every bundled and every written package follows it; each
 * kind of malformed package is refused with the JSON path of the problem.
 */
class ModelPackageSchemaTest {
    private static final JsonMapper MAPPER = JsonMapper.shared();

    @Test
    void schemaIsJsonDeclaringDraft202012AndValidAgainstItsMetaSchema() throws Exception {
        JsonNode schema;
        try (InputStream in = ModelPackageSchema.class.getResourceAsStream(ModelPackageSchema.RESOURCE)) {
            schema = MAPPER.readTree(in);
        }
        assertEquals("https://json-schema.org/draft/2020-12/schema", schema.get("$schema").asString());
        assertEquals(ModelPackageSchema.ID, schema.get("$id").asString());
        assertEquals(false, schema.get("additionalProperties").booleanValue());
        // the meta-schema ships inside the validator: nothing is fetched
        Schema meta = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12)
                .getSchema(SchemaLocation.of("https://json-schema.org/draft/2020-12/schema"));
        assertEquals(List.of(), meta.validate(schema));
        assertEquals(schema, ModelPackageSchema.document());
    }

    @Test
    void everyBundledPackageFollowsTheSchema() throws Exception {
        for (String id : StudyLibrary.BUNDLED) {
            try (InputStream in = StudyLibrary.class.getResourceAsStream("studies/" + id + ".json")) {
                assertEquals(List.of(), ModelPackageSchema.problems(MAPPER.readTree(in)), id);
            }
        }
    }

    @Test
    void writtenPackagesOfEveryEstimatorKindFollowTheSchema() {
        StudyLibrary library = new StudyLibrary();
        for (ModelPackage p : library.studies()) { // logistic with and without intercept, requiresTraining
            assertValid(ModelPackageJson.write(p), p.id());
        }
        assertValid(ModelPackageJson.write(cox()), "cox");
        assertValid(ModelPackageJson.write(deepScoreCox()), "deep-score-cox");
        ModelPackage serialized = withEstimator(cox(), new Estimator.Serialized("stacking", new HalfModel()));
        assertValid(ModelPackageJson.write(serialized), "serialized");
        // and each reads back
        for (ModelPackage p : List.of(cox(), deepScoreCox())) {
            assertEquals(p.id(), ModelPackageJson.read(stream(ModelPackageJson.write(p)), p.id()).id());
        }
    }

    @Test
    void packagesExportedByTheLinearTrainingPipelinesFollowTheSchema() {
        // RAISE (deep-score-cox) and surufatinib (serialized) exports are read back in RaisePackageTest and
        // SurufatinibPackageTest, so through the schema too
        List<ModelPackage> exported = new java.util.ArrayList<>();
        TalentPipeline.Settings talent = TalentPipeline.Settings.defaults();
        exported.addAll(PackageExport.talent(TalentPipeline.train(SyntheticCohorts.binary(200, 12, 1), talent), talent,
                "site-talent", "synthetic"));
        GastricNenPipeline.Settings gnen = GastricNenPipeline.Settings.defaults();
        exported.add(PackageExport.gastricNen(GastricNenPipeline.train(SyntheticCohorts.survival(200, 12, 3), gnen),
                gnen, "site-gnen", "synthetic"));
        CohortTable lnmCohort = SyntheticCohorts.lnm(400, 20, 5);
        LnmPipeline.Settings lnm = LnmPipeline.Settings.defaults(SyntheticCohorts.resegmentation(lnmCohort, 30, 0.2,
                List.of(), 6));
        exported.addAll(PackageExport.lnm(LnmPipeline.train(lnmCohort, lnm), lnm, "site-lnm", "synthetic"));
        assertEquals(5, exported.size());
        for (ModelPackage p : exported) {
            String json = ModelPackageJson.write(p);
            assertValid(json, p.id());
            assertEquals(p, ModelPackageJson.read(stream(json), p.id() + ".json"), p.id());
        }
    }

    @Test
    void acceptsTheOptionalBaselineAndMachineReadableIntendedUse() {
        ObjectNode cox = tree(ModelPackageJson.write(cox()));
        ObjectNode deep = tree(ModelPackageJson.write(deepScoreCox()));
        for (ObjectNode p : List.of(cox, deep)) {
            ObjectNode b = ((ObjectNode) p.get("estimator")).putObject("baseline");
            b.put("timeUnit", "months");
            b.putArray("times").add(0).add(6.5).add(12);
            b.putArray("cumulativeHazard").add(0).add(0.1).add(0.25);
            b.putArray("reportTimes").add(12).add(24);
            ObjectNode use = p.putObject("intendedUse");
            use.put("tumourType", "GEP-NET");
            use.putArray("lesionSites").add("liver").add("lymph-node");
            use.putArray("ctPhases").add("arterial").add("portal-venous");
            use.put("minimumLesionSizeMm", 10);
            use.put("anyOtherNote", "free text is allowed");
            assertEquals(List.of(), ModelPackageSchema.problems(p));
        }
        ObjectNode extraction = cox.putObject("extraction");
        extraction.putObject("featureClass").putNull("glcm").putArray("shape").add("Sphericity");
        extraction.putObject("someFutureBlock").put("x", 1);
        assertEquals(List.of(), ModelPackageSchema.problems(cox));
    }

    @Test
    void refusesMalformedPackagesNamingTheJsonPath() {
        String talent = ModelPackageJson.write(new StudyLibrary().study("talent-combined"));
        assertRefused(talent, p -> p.put("colour", "blue"), "$: property 'colour' is not defined");
        assertRefused(talent, p -> ((ObjectNode) p.get("inputs").get(2)).put("kind", "feat"),
                "$.inputs[2].kind: does not have a value in the enumeration [\"feature\", \"clinical\", \"score\"]");
        assertRefused(talent, p -> ((ObjectNode) p.get("inputs").get(0)).remove("source"),
                "$.inputs[0]: required property 'source' not found");
        assertRefused(talent, p -> p.put("calibration", "calibrated"), "$.calibration: does not have a value");
        assertRefused(talent, p -> p.put("cutoff", "0.36"), "$.cutoff: string found, number expected");
        assertRefused(talent, p -> p.put("formatVersion", 2), "$.formatVersion: must be the constant value '1'");
        assertRefused(talent, p -> ((ObjectNode) p.get("inputs").get(1)).put("binary", "yes"),
                "$.inputs[1].binary: string found, boolean expected");
        assertRefused(talent, p -> ((ObjectNode) p.get("estimator").get("coefficients")).put("ki67", "high"),
                "$.estimator.coefficients.ki67: string found, number expected");
        assertRefused(talent, p -> ((ObjectNode) p.get("estimator")).put("type", "logsitic"),
                "$.estimator.type: does not have a value in the enumeration");
        assertRefused(talent, p -> p.putArray("groups").add("only one"), "$.groups: must have at least 2 items");
        assertRefused(talent, p -> p.remove("groups"), "$: has a missing property 'groups'");
        assertRefused(talent, p -> p.putArray("inputs"), "$.inputs: must have at least 1 items");
        assertRefused(talent, p -> p.remove("aggregation"), "$: required property 'aggregation' not found");
        assertRefused(talent, p -> p.putObject("intendedUse").putArray("lesionSites").add("lung"),
                "$.intendedUse.lesionSites[0]: does not have a value in the enumeration");
        assertRefused(talent, p -> p.putObject("intendedUse").putArray("ctPhases").add("portal venous"),
                "$.intendedUse.ctPhases[0]: does not have a value in the enumeration");
        assertRefused(talent, p -> p.putObject("intendedUse").put("minimumLesionSizeMm", -1),
                "$.intendedUse.minimumLesionSizeMm: must have a minimum value of 0");
        String cox = ModelPackageJson.write(cox());
        assertRefused(cox, p -> {
            ObjectNode b = ((ObjectNode) p.get("estimator")).putObject("baseline");
            b.put("timeUnit", "months");
            b.putArray("times").add(0).add(12);
            b.putArray("cumulativeHazard").add(0).add(0.2);
        }, "$.estimator.baseline: required property 'reportTimes' not found");
        assertRefused(cox, p -> {
            ObjectNode b = ((ObjectNode) p.get("estimator")).putObject("baseline");
            b.put("timeUnit", "months");
            b.putArray("times").add(-1);
            b.putArray("cumulativeHazard").add(0);
            b.putArray("reportTimes").add(0);
            b.put("extra", 1);
        }, "$.estimator.baseline.times[0]: must have a minimum value of 0",
                "$.estimator.baseline.reportTimes[0]: must have an exclusive minimum value of 0",
                "$.estimator.baseline: property 'extra' is not defined");
        String deep = ModelPackageJson.write(deepScoreCox());
        assertRefused(deep, p -> ((ObjectNode) p.get("estimator")).remove("deepScore"),
                "$.estimator: required property 'deepScore' not found");
        assertRefused(deep, p -> ((ObjectNode) p.get("estimator").get("deepScore")).putArray("mlpSizes").add(1.5),
                "$.estimator.deepScore.mlpSizes[0]: number found, integer expected");
        assertRefused(ModelPackageJson.write(withEstimator(cox(), new Estimator.RequiresTraining("cox", "gnen"))),
                p -> ((ObjectNode) p.get("estimator")).putObject("coefficients"),
                "$.estimator: property 'coefficients' is not defined");
        assertRefused(ModelPackageJson.write(withEstimator(cox(), new Estimator.Serialized("stacking",
                new HalfModel()))), p -> ((ObjectNode) p.get("estimator")).put("serializedModel", 42),
                "$.estimator.serializedModel: integer found, string expected");
    }

    @Test
    void namesTheFileAndAtMostFiveProblems(@TempDir Path dir) throws Exception {
        ObjectNode p = tree(ModelPackageJson.write(new StudyLibrary().study("talent-combined")));
        ((ObjectNode) p.get("inputs").get(2)).put("kind", "feat");
        Path file = dir.resolve("my-model.json");
        Files.writeString(file, p.toString());
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> ModelPackageJson.read(file));
        assertTrue(e.getMessage().startsWith("my-model.json: $.inputs[2].kind: does not have a value in the "
                + "enumeration"), e.getMessage());
        for (String key : List.of("a", "b", "c", "d", "e", "f", "g")) {
            p.put(key, 1);
        }
        e = assertThrows(InvalidInputException.class, () -> ModelPackageJson.read(stream(p.toString()), "x.json"));
        assertEquals(5, e.getMessage().split("; ").length - 1, e.getMessage()); // five problems and "and 3 more"
        assertTrue(e.getMessage().contains("; and 3 more (model package format 1, see model-package.schema.json)"),
                e.getMessage());
        assertTrue(e.getMessage().contains("$.inputs[2].kind"), e.getMessage());
    }

    private static ModelPackage cox() {
        Map<String, Double> coef = new LinkedHashMap<>();
        coef.put("ki67", 0.03);
        coef.put("score", 1.2);
        List<InputSpec> inputs = List.of(
                new InputSpec("ki67", InputSpec.Kind.CLINICAL, "%", 0, 100, false, false, Double.NaN, Double.NaN, ""),
                new InputSpec("score", InputSpec.Kind.FEATURE, "", Double.NaN, Double.NaN, false, true, 0.5, 2, ""));
        return new ModelPackage("site-cox", "a Cox model", "", Map.of(), Map.of(), "none", inputs,
                new Estimator.Cox(coef, new Baseline("months", new double[] {3, 7, 12}, new double[] {0.05, 0.2, 0.4},
                        new double[] {6, 12})), 1.1, List.of("low risk", "high risk"), "fitted-on-site", List.of(),
                Map.of("cIndex", 0.7), Map.of("fittedBy", "test"));
    }

    private static ModelPackage deepScoreCox() {
        Map<String, Double> coef = new LinkedHashMap<>();
        coef.put("dl_score", 0.8);
        coef.put("sld_ratio", 0.4);
        List<InputSpec> inputs = List.of(
                new InputSpec("dl_score", InputSpec.Kind.SCORE, "", Double.NaN, Double.NaN, false, false, Double.NaN,
                        Double.NaN, "site-raise"),
                new InputSpec("sld_ratio", InputSpec.Kind.CLINICAL, "", 0, 10, false, false, Double.NaN, Double.NaN,
                        ""));
        Mlp mlp = Mlp.of(new int[] {2, 1}, new double[][][] {{{0.5, -0.25}}}, new double[][] {{0.1}});
        Estimator.DeepScoreCox est = new Estimator.DeepScoreCox(List.of("deep_1", "deep_2", "deep_3"),
                new double[] {1, 2, 3}, new double[][] {{1, 0}, {0, 1}, {0.5, 0.5}}, new double[] {0, 0},
                new double[] {1, 2}, mlp, coef, null);
        return new ModelPackage("site-raise", "a RAISE-like model", "", Map.of(), Map.of(), "mean", inputs, est,
                Double.NaN, List.of(), "fitted-on-site", List.of(), Map.of(), Map.of());
    }

    private static ModelPackage withEstimator(ModelPackage p, Estimator e) {
        return new ModelPackage(p.id(), p.study(), p.doi(), p.intendedUse(), p.extraction(), p.aggregation(),
                p.inputs(), e, p.cutoff(), p.groups(), p.calibration(), p.missing(), p.performance(), p.provenance());
    }

    /** A serialisable stand-in for a stacking ensemble. */
    private record HalfModel() implements PatientModel {
        @Override
        public double probability(Map<String, Double> values) {
            return 0.5;
        }
    }

    private static void assertValid(String json, String what) {
        assertEquals(List.of(), ModelPackageSchema.problems(tree(json)), what);
    }

    private static void assertRefused(String json, Consumer<ObjectNode> damage, String... expected) {
        ObjectNode p = tree(json);
        damage.accept(p);
        InvalidInputException e = assertThrows(InvalidInputException.class,
                () -> ModelPackageJson.read(stream(p.toString()), "bad.json"));
        for (String x : expected) {
            assertTrue(e.getMessage().startsWith("bad.json: ") && e.getMessage().contains(x),
                    "expected '" + x + "' in: " + e.getMessage());
        }
    }

    private static ObjectNode tree(String json) {
        return (ObjectNode) MAPPER.readTree(json);
    }

    private static ByteArrayInputStream stream(String s) {
        return new ByteArrayInputStream(s.getBytes(StandardCharsets.UTF_8));
    }
}
