package org.netradiomics.cli;

import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import org.netradiomics.extraction.RadiomicsExtractor;
import org.netradiomics.settings.ParameterFile;
import org.netradiomics.volume.Volume;
import org.netradiomics.volume.synthetic.PhantomBuilder;
import org.netradiomics.volume.synthetic.Shape;

/**
 * {@code benchmark}: wall time of the full {@code original} feature set (TALENT settings: 1 mm B-spline resampling,
 * bin width 25, seven classes) on a synthetic 225,000-voxel lesion and on given cases, single-threaded and with
 * feature classes in parallel, and the peak heap. A documented benchmark command, not a test.
 */
public final class BenchmarkCommand implements Command {
    private static final String USAGE = "usage: netradiomics benchmark [--params params.yaml] [--threads N]"
            + " [--repeat R] [--image IMG --mask MASK]\n"
            + "  default params: test-data/params/talent.yaml; always runs the synthetic 225,000-voxel lesion";

    @Override
    public String name() {
        return "benchmark";
    }

    @Override
    public String summary() {
        return "time the full feature set on a 225,000-voxel lesion (and a given case)";
    }

    @Override
    public int run(String[] args, PrintStream out, PrintStream err) {
        Options o = Options.parse(args, "--params", "--threads", "--repeat", "--image", "--mask");
        if (o.help()) {
            out.println(USAGE);
            return 0;
        }
        String problem = o.problem();
        if (problem != null || (o.get("--image") == null) != (o.get("--mask") == null)) {
            err.println("benchmark: " + (problem != null ? problem : "--image and --mask go together"));
            err.println(USAGE);
            return 2;
        }
        int threads = Integer.parseInt(o.get("--threads", Integer.toString(Runtime.getRuntime().availableProcessors())));
        int repeat = Integer.parseInt(o.get("--repeat", "3"));
        Path params = Path.of(o.get("--params", "test-data/params/talent.yaml"));
        if (!Files.exists(params)) {
            err.println("benchmark: parameter file not found: " + params + " (run from the repository root or give"
                    + " --params)");
            return 1;
        }
        RadiomicsExtractor extractor = new RadiomicsExtractor(ParameterFile.read(params), params.toString());
        List<String[]> cases = new ArrayList<>();
        if (o.get("--image") != null) {
            cases.add(new String[] {o.get("--image"), o.get("--mask")});
        }
        out.printf(Locale.ROOT, "settings %s; %d threads for the parallel run; median of %d runs after a warm-up%n",
                params, threads, repeat);
        Volume[] synthetic = syntheticLesion();
        report(out, "synthetic sphere r 37.7 mm", synthetic[0], synthetic[1], extractor, threads, repeat);
        for (String[] c : cases) {
            report(out, c[0], ImageInput.read(c[0]), ImageInput.read(c[1]), extractor, threads, repeat);
        }
        out.printf(Locale.ROOT, "peak heap %.0f MB%n", peakHeapMb());
        return 0;
    }

    /** A 100 mm cube at 1 mm with a heterogeneous sphere of 225,000 mm^3 (r = 37.7 mm) and noise SD 20 HU. */
    static Volume[] syntheticLesion() {
        double r = Math.cbrt(225_000 * 3 / (4 * Math.PI));
        PhantomBuilder.Phantom p = new PhantomBuilder(100, 100, 100, 1, 1, 1).body(40)
                .lesion(Shape.Ellipsoid.sphere(49.5, 49.5, 49.5, r, 90))
                .structure(Shape.Ellipsoid.sphere(45, 52, 50, 12, 20))
                .noise(20, 7).build();
        return new Volume[] {p.image(), p.lesions().get(0).toVolume()};
    }

    private static void report(PrintStream out, String name, Volume image, Volume mask, RadiomicsExtractor extractor,
            int threads, int repeat) {
        extractor.extract(image, mask);
        long[] single = new long[repeat];
        long[] multi = new long[repeat];
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        int voxels = 0;
        for (int r = 0; r < repeat; r++) {
            long t0 = System.nanoTime();
            var row = extractor.extract(image, mask);
            single[r] = System.nanoTime() - t0;
            t0 = System.nanoTime();
            extractor.extract(image, mask, pool);
            multi[r] = System.nanoTime() - t0;
            Object n = row.get("diagnostics_Mask-interpolated_VoxelNum");
            voxels = n instanceof Double d ? d.intValue() : 0;
        }
        pool.shutdown();
        out.printf(Locale.ROOT, "%-40s %8d voxels after resampling: single-threaded %7.0f ms, parallel %7.0f ms%n",
                name, voxels, median(single) / 1e6, median(multi) / 1e6);
    }

    private static double median(long[] v) {
        long[] s = v.clone();
        Arrays.sort(s);
        return s.length % 2 == 1 ? s[s.length / 2] : 0.5 * (s[s.length / 2 - 1] + s[s.length / 2]);
    }

    private static double peakHeapMb() {
        double sum = 0;
        for (MemoryPoolMXBean p : ManagementFactory.getMemoryPoolMXBeans()) {
            if (p.getType() == MemoryType.HEAP && p.getPeakUsage() != null) {
                sum += p.getPeakUsage().getUsed();
            }
        }
        return sum / (1024 * 1024);
    }
}
