/**
 * Build-time only: the annotation processor that turns the CLI's picocli annotations into code building the same
 * command models without reflection ({@code io.mlgate.cli.CliSpecs}), so a short command does not spend its first
 * 0.1 s of CPU reading annotations. Not part of the CLI jar.
 */
package io.mlgate.specgen;
