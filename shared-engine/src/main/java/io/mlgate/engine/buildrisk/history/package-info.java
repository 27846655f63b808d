/**
 * Build histories: one {@link io.mlgate.engine.buildrisk.history.Build} per CI build (id, commit, branch, outcome,
 * start time, duration, pull request, event, and the risk predict gave it when the pipeline recorded one), outcomes
 * from Jenkins, GitHub Actions, GitLab CI, CircleCI and Travis CI mapped onto the closed
 * {@link io.mlgate.engine.buildrisk.history.BuildStatus}; reading CSV and JSON lines with one-line errors that name
 * the file and line; the canonical history file, written atomically; only the rows after a beginning known by its
 * bytes ({@link io.mlgate.engine.buildrisk.history.HistoryMark}, {@link io.mlgate.engine.buildrisk.history.HistoryTail});
 * the previous-outcome walk over builds ({@link io.mlgate.engine.buildrisk.history.PreviousOutcomes}); each build's
 * related builds and the related-outcome rule's call on it ({@link io.mlgate.engine.buildrisk.history.RelatedCall},
 * {@link io.mlgate.engine.buildrisk.history.RelatedOutcomes}); imports over
 * HTTP (GitHub Actions, Jenkins, GitLab CI, CircleCI; GitHub runs' own recorded risks from their artifacts); the build
 * a CI system's environment variables name ({@link io.mlgate.engine.buildrisk.history.CiBuild}).
 */
package io.mlgate.engine.buildrisk.history;
