/**
 * The {@code data:} section of {@code mlgate.yml} and the schema file: strict readers that turn YAML into
 * datasets and {@link io.mlgate.engine.validate.Check}s, schema inference from a profile, and the schema writer.
 */
package io.mlgate.engine.validate.policy;
