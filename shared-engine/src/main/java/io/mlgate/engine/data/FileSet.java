package io.mlgate.engine.data;

import io.mlgate.engine.api.BadInputException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;
import java.util.stream.Stream;

/**
 * The exact files behind a location, resolved in Java so that the file list and fingerprints are exact.
 * A file is itself; a glob is every regular file it matches; a directory is every file of the format below it
 * (hidden files and files starting with {@code _}, such as {@code _SUCCESS}, are skipped).
 *
 * @param files  the files, sorted by path
 * @param format the concrete format (never AUTO)
 * @param hive   whether every file sits below {@code key=value} directories (hive partitioning)
 */
record FileSet(List<Path> files, DataFormat format, boolean hive) {

    static FileSet resolve(String location, DataFormat requested) {
        boolean glob = location.chars().anyMatch(c -> "*?[{".indexOf(c) >= 0);
        Path base = glob ? globBase(location) : Path.of(location);
        List<Path> candidates;
        if (glob) {
            PathMatcher m = base.getFileSystem().getPathMatcher("glob:" + stripDot(location));
            candidates = walk(base).stream().map(Path::normalize).filter(m::matches).toList();
            if (candidates.isEmpty()) {
                throw new BadInputException(location + ": no files match this pattern");
            }
        } else if (Files.isDirectory(base)) {
            candidates = walk(base).stream().filter(FileSet::visible).filter(p -> requested == DataFormat.AUTO
                    ? DataFormat.fromFileName(p.toString()).isPresent()
                    : DataFormat.fromFileName(p.toString()).orElse(null) == requested).toList();
            if (candidates.isEmpty()) {
                throw new BadInputException(location + ": directory holds no "
                        + (requested == DataFormat.AUTO ? "csv, parquet or json" : requested.cliName()) + " files");
            }
        } else if (Files.exists(base)) {
            candidates = List.of(base);
        } else {
            throw new BadInputException(location + ": no such file or directory");
        }
        DataFormat format = requested == DataFormat.AUTO ? detect(candidates) : requested;
        boolean hive = (glob || Files.isDirectory(base)) && candidates.stream().allMatch(p -> isHive(base, p));
        return new FileSet(candidates, format, hive);
    }

    private static DataFormat detect(List<Path> files) {
        DataFormat found = null;
        for (Path f : files) {
            Optional<DataFormat> d = DataFormat.fromFileName(f.getFileName().toString());
            if (d.isEmpty()) {
                throw new BadInputException(f + ": cannot tell the format from the extension; set the format to one of: "
                        + "csv, parquet, jsonl");
            }
            if (found != null && found != d.get()) {
                throw new BadInputException(f + ": is " + d.get().cliName() + " but " + files.get(0) + " is "
                        + found.cliName() + "; one dataset must use one format");
            }
            found = d.get();
        }
        return found;
    }

    /** The directory part of a glob before its first wildcard component. */
    private static Path globBase(String location) {
        Path p = Path.of(location.substring(0, firstWildcard(location)) + "x");
        Path parent = p.getParent();
        return parent == null ? Path.of(".") : parent;
    }

    private static String stripDot(String location) {
        String s = location;
        while (s.startsWith("./")) {
            s = s.substring(2);
        }
        return s;
    }

    private static int firstWildcard(String s) {
        for (int i = 0; i < s.length(); i++) {
            if ("*?[{".indexOf(s.charAt(i)) >= 0) {
                return i;
            }
        }
        return s.length();
    }

    private static List<Path> walk(Path base) {
        if (!Files.isDirectory(base)) {
            return List.of();
        }
        try (Stream<Path> s = Files.walk(base)) {
            return new ArrayList<>(new TreeSet<>(s.filter(Files::isRegularFile).toList()));
        } catch (IOException e) {
            throw new BadInputException(base + ": cannot list directory: " + e.getMessage(), e);
        } catch (UncheckedIOException e) {
            throw new BadInputException(base + ": cannot list directory: " + e.getCause().getMessage(), e);
        }
    }

    private static boolean visible(Path p) {
        String n = p.getFileName().toString();
        return !n.startsWith(".") && !n.startsWith("_");
    }

    private static boolean isHive(Path base, Path file) {
        Path rel = base.relativize(file).getParent();
        if (rel == null) {
            return false;
        }
        for (Path segment : rel) {
            if (!segment.toString().contains("=")) {
                return false;
            }
        }
        return true;
    }
}
