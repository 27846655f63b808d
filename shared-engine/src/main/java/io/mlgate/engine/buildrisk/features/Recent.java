package io.mlgate.engine.buildrisk.features;

import java.util.ArrayDeque;
import java.util.Deque;

/** The last {@code size} outcomes (broken or not) of some builds, with how many of them broke. */
final class Recent {
    private final int size;
    private final Deque<Boolean> outcomes = new ArrayDeque<>();
    private int broken;

    Recent(int size) {
        this.size = size;
    }

    void add(boolean isBroken) {
        outcomes.addLast(isBroken);
        if (isBroken) {
            broken++;
        }
        if (outcomes.size() > size && outcomes.removeFirst()) {
            broken--;
        }
    }

    /** The outcomes kept, oldest first (true: broken). */
    java.util.List<Boolean> outcomes() {
        return java.util.List.copyOf(outcomes);
    }

    int count() {
        return outcomes.size();
    }

    int broken() {
        return broken;
    }

    /** Share of broken builds; 0 when there are none yet. */
    double rate() {
        return outcomes.isEmpty() ? 0 : (double) broken / outcomes.size();
    }
}
