/**
 * Build-failure prediction: score a build's risk from the git change and the project's own build history before
 * the build spends its time. {@code history} reads and writes build histories (files, GitHub Actions, Jenkins),
 * {@code features} turns each build into numbers known before it ran (JGit, one walk over the history),
 * {@code model} trains, calibrates, saves and evaluates the risk model, {@code explain} says in words what raised
 * a build's risk, and {@code run} holds the commands as engine calls.
 */
package io.mlgate.engine.buildrisk;
