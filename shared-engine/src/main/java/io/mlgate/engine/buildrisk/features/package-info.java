/**
 * Build features: what is known about a build before it runs, as numbers. {@link
 * io.mlgate.engine.buildrisk.features.FeatureExtractor} walks a history once, oldest build first, keeping a running
 * {@link io.mlgate.engine.buildrisk.features.HistoryState} (outcomes per branch and author, the files of recent
 * failures) and reading each build's change with JGit ({@link io.mlgate.engine.buildrisk.features.ChangeReader});
 * a build never sees its own outcome or a later build's. Where that walk stood after its last featured build is a
 * {@link io.mlgate.engine.buildrisk.features.ReplayState}, saved with a model, from which a prediction reads and
 * replays only the builds recorded since (its {@link io.mlgate.engine.buildrisk.features.ReplayHead} is read first,
 * for the mark of the history rows it covers); the change of the build it scores is read on a second thread, and when it is large the
 * main thread, once it waits for it, counts lines of its files too
 * ({@link io.mlgate.engine.buildrisk.features.SharedLineCount}). In a shallow clone a prediction's commit walks are checked against the clone's
 * {@link io.mlgate.engine.buildrisk.features.ShallowBoundary}: the features are the full repository's, or the
 * prediction is bad input that says what to fetch.
 */
package io.mlgate.engine.buildrisk.features;
