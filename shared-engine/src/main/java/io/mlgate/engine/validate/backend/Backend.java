package io.mlgate.engine.validate.backend;

import io.mlgate.engine.api.DatasetProfile;
import io.mlgate.engine.data.DataSource;
import io.mlgate.engine.data.Dataset;
import io.mlgate.engine.data.ProfileOptions;
import io.mlgate.engine.validate.QueryRunner;

/**
 * One engine session of a data command: registers datasets as named relations, profiles them, and runs the
 * validator's queries. The data commands do everything else (policy, schema, checks, history, reports) the same
 * way whatever the engine.
 */
public interface Backend extends AutoCloseable {

    /**
     * Registers {@code source} under {@code name} (letters, digits and {@code _}).
     *
     * @throws io.mlgate.engine.api.BadInputException with a one-line message when the data cannot be read
     */
    Dataset register(String name, DataSource source);

    /**
     * Registers {@code source} for a command whose own scans read every column (see
     * {@link io.mlgate.engine.data.ScanEngine#registerUnread}); engines that do not read rows at registration
     * register as usual.
     */
    default Dataset registerUnread(String name, DataSource source) {
        return register(name, source);
    }

    /** Every column's statistics. */
    DatasetProfile profile(Dataset dataset, ProfileOptions options);

    /** Runs the validator's SQL, in this engine's dialect, over the registered datasets. */
    QueryRunner queries();

    /** Releases the session; datasets registered through it are gone. */
    @Override
    void close();
}
