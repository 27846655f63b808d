/**
 * Build features: what is known about a build before it runs, as numbers. {@link
 * io.mlgate.engine.buildrisk.features.FeatureExtractor} walks a history once, oldest build first, keeping a running
 * {@link io.mlgate.engine.buildrisk.features.HistoryState} (outcomes per branch and author, the files of recent
 * failures) and reading each build's change with JGit ({@link io.mlgate.engine.buildrisk.features.ChangeReader});
 * a build never sees its own outcome or a later build's.
 */
package io.mlgate.engine.buildrisk.features;
