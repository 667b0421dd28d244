package org.netradiomics.bundles;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

/**
 * No package of the project is in two of its bundles: in OSGi a package comes from one bundle, so a split package
 * (the same package exported or contained by two) hides half of its classes from whoever imports it.
 */
class OsgiSplitPackageTest {
    @Test
    void noPackageIsInTwoBundles() {
        BundleJars set = BundleJars.load();
        Map<String, TreeSet<String>> bundlesByPackage = new TreeMap<>();
        for (String bsn : List.of(BundleJars.RADIOMICS, BundleJars.PREDICTION, BundleJars.UI)) {
            BundleJars.Jar jar = set.bundle(bsn);
            TreeSet<String> packages = jar.containedPackages();
            assertFalse(packages.isEmpty(), bsn + " contains no package");
            packages.addAll(jar.packagesOf("Export-Package"));
            packages.addAll(jar.packagesOf("Private-Package"));
            for (String p : packages) {
                bundlesByPackage.computeIfAbsent(p, k -> new TreeSet<>()).add(bsn);
            }
        }
        Map<String, TreeSet<String>> split = new TreeMap<>(bundlesByPackage);
        split.values().removeIf(b -> b.size() < 2);
        assertTrue(split.isEmpty(), () -> "packages in more than one bundle:\n" + split.entrySet().stream()
                .map(e -> "  " + e.getKey() + ": " + e.getValue()).collect(Collectors.joining("\n")));
    }
}
