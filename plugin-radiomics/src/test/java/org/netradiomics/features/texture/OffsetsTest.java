package org.netradiomics.features.texture;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class OffsetsTest {

    @Test
    void inPlaneDirectionsAreTheFourIbsiAngles() {
        // IBSI-1 3.6: 0, 45, 90 and 135 degrees in the axial plane
        Set<Offset> expected = Set.of(new Offset(1, 0, 0), new Offset(1, 1, 0), new Offset(0, 1, 0), new Offset(-1, 1, 0));
        assertEquals(expected, new HashSet<>(Offsets.directions(TextureSpace.TWO_D)));
        assertEquals(expected, new HashSet<>(Offsets.directions(TextureSpace.TWO_AND_HALF_D)));
    }

    @Test
    void volumeHasThirteenDirectionsWithoutOppositePairs() {
        List<Offset> d = Offsets.directions(TextureSpace.THREE_D);
        assertEquals(13, d.size());
        Set<Offset> seen = new HashSet<>(d);
        for (Offset o : d) assertFalse(seen.contains(o.negate()), "opposite of " + o);
        // together with their opposites they are the 26 neighbours
        Set<Offset> all = new HashSet<>(d);
        d.forEach(o -> all.add(o.negate()));
        assertEquals(new HashSet<>(Offsets.neighbours(TextureSpace.THREE_D)), all);
    }

    @Test
    void neighbourhoodSizes() {
        assertEquals(8, Offsets.neighbours(TextureSpace.TWO_D).size());
        assertEquals(26, Offsets.neighbours(TextureSpace.THREE_D).size());
        assertTrue(Offsets.neighbours(TextureSpace.TWO_D).stream().allMatch(o -> o.dk() == 0 && o.chebyshevLength() == 1));
    }
}
