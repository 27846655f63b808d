package io.mlgate.spark;

import io.mlgate.engine.api.BadInputException;
import io.mlgate.engine.data.DataFormat;
import io.mlgate.engine.io.Fingerprints;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.LocatedFileStatus;
import org.apache.hadoop.fs.Path;
import org.apache.hadoop.fs.RemoteIterator;
import org.apache.spark.sql.SparkSession;

import java.io.FileNotFoundException;
import java.io.IOException;
import java.net.URI;
import java.time.Instant;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The files behind a location on any file system Spark reads (local, HDFS, S3, …): the format they imply, and
 * their fingerprints. Local files get the SHA-256 of their content, as on DuckDB; remote files get their size and
 * modification time, because hashing them would read the data once more through the driver.
 */
final class SparkFiles {
    private final SparkSession spark;
    private final String location;

    SparkFiles(SparkSession spark, String location) {
        this.spark = spark;
        this.location = location;
    }

    /** The format of the location's extension, else of the first data file below it. */
    DataFormat format() {
        Optional<DataFormat> named = DataFormat.fromFileName(location.replaceAll("/+$", ""));
        if (named.isPresent()) {
            return named.get();
        }
        try {
            Path p = new Path(location);
            RemoteIterator<LocatedFileStatus> it = p.getFileSystem(conf()).listFiles(p, true);
            while (it.hasNext()) {
                String file = it.next().getPath().getName();
                Optional<DataFormat> f = DataFormat.fromFileName(file);
                if (f.isPresent() && !file.startsWith(".") && !file.startsWith("_")) {
                    return f.get();
                }
            }
        } catch (FileNotFoundException e) {
            throw new BadInputException(location + ": no such file or directory", e);
        } catch (IOException e) {
            throw new BadInputException(location + ": cannot be listed: " + e.getMessage(), e);
        }
        throw new BadInputException(location + ": cannot tell the format from the file names; pass --input-format "
                + "csv or parquet");
    }

    /** Fingerprint of each file Spark read, keyed by its local path or URI, sorted. */
    Map<String, String> fingerprints(String[] inputFiles) throws IOException {
        Map<String, String> out = new LinkedHashMap<>();
        String[] sorted = inputFiles.clone();
        Arrays.sort(sorted);
        for (String f : sorted) {
            URI uri = URI.create(f);
            if ("file".equals(uri.getScheme())) {
                java.nio.file.Path local = java.nio.file.Path.of(uri);
                out.put(local.toString(), Fingerprints.sha256(local));
            } else {
                Path p = new Path(uri);
                FileStatus st = p.getFileSystem(conf()).getFileStatus(p);
                out.put(f, "size:" + st.getLen() + ",modified:" + Instant.ofEpochMilli(st.getModificationTime()));
            }
        }
        return out;
    }

    private Configuration conf() {
        return spark.sparkContext().hadoopConfiguration();
    }
}
