/**
 * The {@code buildrisk:} section of {@code mlgate.yml}: where the history and the model live, and which action each
 * risk level calls for. Read strictly: unknown keys, probabilities outside [0, 1], unknown actions and rules out of
 * order are errors naming the file, line and key.
 */
package io.mlgate.engine.buildrisk.policy;
