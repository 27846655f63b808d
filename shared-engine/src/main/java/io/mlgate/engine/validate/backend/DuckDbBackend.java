package io.mlgate.engine.validate.backend;

import io.mlgate.engine.api.DatasetProfile;
import io.mlgate.engine.data.DataSource;
import io.mlgate.engine.data.Dataset;
import io.mlgate.engine.data.ProfileOptions;
import io.mlgate.engine.data.Profiler;
import io.mlgate.engine.data.ScanEngine;
import io.mlgate.engine.validate.JdbcQueryRunner;
import io.mlgate.engine.validate.QueryRunner;

/** The embedded default: a {@link ScanEngine} (DuckDB in memory), its {@link Profiler}, queries over JDBC. */
final class DuckDbBackend implements Backend {
    private final ScanEngine engine = ScanEngine.open();

    @Override
    public Dataset register(String name, DataSource source) {
        return engine.register(name, source);
    }

    @Override
    public Dataset registerUnread(String name, DataSource source) {
        return engine.registerUnread(name, source);
    }

    @Override
    public DatasetProfile profile(Dataset dataset, ProfileOptions options) {
        return new Profiler(options).profile(engine, dataset);
    }

    @Override
    public QueryRunner queries() {
        return new JdbcQueryRunner(engine.connection());
    }

    @Override
    public void close() {
        engine.close();
    }
}
