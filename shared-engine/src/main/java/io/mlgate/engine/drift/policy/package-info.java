/**
 * The {@code drift:} section of {@code mlgate.yml}, read strictly: unknown keys, bad values and impossible
 * combinations are one-line errors naming the file, line, key and the allowed values. Column names are checked
 * against the data later, with the same positions ({@link io.mlgate.engine.config.Origin}).
 */
package io.mlgate.engine.drift.policy;
