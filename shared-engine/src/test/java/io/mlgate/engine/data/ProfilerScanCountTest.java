package io.mlgate.engine.data;

import static io.mlgate.engine.data.TestFiles.write;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** Profiling takes three queries whatever the number of columns. */
class ProfilerScanCountTest extends ScanEngineTest {
    @Test
    void threeScansForTwoOrTwentyColumns() {
        assertThat(queriesToProfile(2)).isEqualTo(3);
        assertThat(queriesToProfile(20)).isEqualTo(3);
    }

    private long queriesToProfile(int columns) {
        String header = IntStream.range(0, columns).mapToObj(i -> i % 2 == 0 ? "n" + i : "s" + i)
                .collect(Collectors.joining(","));
        String rows = IntStream.range(0, 5).mapToObj(r -> IntStream.range(0, columns)
                        .mapToObj(i -> i % 2 == 0 ? Integer.toString(r * (i + 1)) : "v" + (r % 2)).collect(Collectors.joining(",")))
                .collect(Collectors.joining("\n", "", "\n"));
        Path f = write(dir, "w" + columns + ".csv", header + "\n" + rows);
        Dataset ds = engine.register("w" + columns, DataSource.of(f.toString()));
        long before = engine.queryCount();
        new Profiler(ProfileOptions.defaults()).profile(engine, ds);
        return engine.queryCount() - before;
    }
}
