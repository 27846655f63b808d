/**
 * Strict reading of the user's YAML files ({@code mlgate.yml}, schema files): a YAML tree that remembers the
 * file, line and column of every node, and typed accessors whose errors name the file, line, key path and the
 * allowed values. Unknown keys, wrong types and bad values are always errors, never silently ignored.
 */
package io.mlgate.engine.config;
