/**
 * The {@code mlgate} command line (picocli): one subcommand per capability, each a field mapping onto one engine
 * request and one engine call, then the reports. No logic lives here beyond option parsing, exit codes and output.
 */
package io.mlgate.cli;
