/**
 * The {@code mlgate} command line (picocli): one subcommand per capability, each a field mapping onto one engine
 * request and one engine call, then the reports. No logic lives here beyond option parsing (options that default to
 * what the CI system's variables name: {@code CiDefaults}), exit codes and output.
 * Also the process around the commands: the start-up cache ({@code StartupCache}), the JGit set-up started early
 * ({@code Prewarm}), and the resident mlgate that runs {@code buildrisk predict} and {@code record} warm
 * ({@code Daemon}).
 */
package io.mlgate.cli;
