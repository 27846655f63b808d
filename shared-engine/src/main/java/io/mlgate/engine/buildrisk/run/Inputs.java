package io.mlgate.engine.buildrisk.run;

import io.mlgate.engine.api.BadInputException;
import io.mlgate.engine.api.Progress;
import io.mlgate.engine.buildrisk.features.Extraction;
import io.mlgate.engine.buildrisk.features.FeatureExtractor;
import io.mlgate.engine.buildrisk.features.GitRepo;
import io.mlgate.engine.buildrisk.history.BuildHistory;
import io.mlgate.engine.buildrisk.history.HistoryReader;
import io.mlgate.engine.buildrisk.policy.RiskPolicy;
import io.mlgate.engine.buildrisk.policy.RiskPolicyReader;
import io.mlgate.engine.io.Fingerprints;
import io.mlgate.engine.policy.PolicyFile;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * What the build-risk commands share: the policy's {@code buildrisk:} section (when a policy is given), the history
 * and model paths (the command line's, else the policy's), the input fingerprints for provenance, and featurizing a
 * history in a repository.
 */
final class Inputs {
    final RiskPolicy policy;
    final Map<String, String> fingerprints = new LinkedHashMap<>();

    Inputs(Optional<Path> policyFile) {
        this.policy = policyFile.map(PolicyFile::read).map(RiskPolicyReader::read).orElseGet(RiskPolicy::empty);
        policyFile.ifPresent(p -> fingerprints.put(p.toString(), Fingerprints.sha256(p)));
    }

    Path history(Optional<Path> given) {
        return given.or(() -> policy.history()).orElseThrow(() -> new BadInputException(
                "no build history: pass --history FILE or set buildrisk.history in mlgate.yml"));
    }

    Path model(Optional<Path> given) {
        return given.or(() -> policy.model()).orElseThrow(() -> new BadInputException(
                "no model: pass --model DIR or set buildrisk.model in mlgate.yml"));
    }

    BuildHistory readHistory(Path file) {
        return readHistory(file, HistoryReader.bytes(file));
    }

    /** The history in {@code bytes}, read from {@code file}: parsed and fingerprinted from the same bytes. */
    BuildHistory readHistory(Path file, byte[] bytes) {
        BuildHistory h = HistoryReader.read(file.toString(), bytes);
        fingerprints.put(file.toString(), Fingerprints.sha256(bytes));
        return h;
    }

    /** Features of every usable build of {@code history}; reports how many builds' commits are missing. */
    static Extraction featurize(GitRepo git, BuildHistory history, Progress progress) {
        progress.step("features: reading " + history.size() + " builds against " + git.name());
        Extraction e = new FeatureExtractor(git, progress).extract(history);
        progress.step(String.format(Locale.ROOT, "features: %d builds in %.1f s (%.0f builds/s; %.0f per CPU-second); "
                        + "%d completed builds skipped, their commit is not in %s; %d canceled",
                e.features().size() + e.missing().size(), e.elapsed().toMillis() / 1000.0, e.buildsPerSecond(),
                e.buildsPerCpuSecond(), e.missing().size(), git.name(), e.canceled()));
        return e;
    }

    /** Up to five of the skipped builds' ids, for messages. */
    static String someMissing(Extraction e) {
        StringBuilder b = new StringBuilder();
        e.missing().stream().limit(5).forEach(x -> b.append(b.length() == 0 ? "" : ", ").append(x.id()));
        return e.missing().size() > 5 ? b + ", ..." : b.toString();
    }
}
