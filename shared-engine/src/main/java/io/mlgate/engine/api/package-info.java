/**
 * The contract every front end speaks: immutable requests and results, the {@link io.mlgate.engine.api.Status}
 * of a gate, {@link io.mlgate.engine.api.CheckResult} with measured value and threshold, dataset profiles that
 * reports draw, {@link io.mlgate.engine.api.Provenance}, and the one exception type for bad input.
 * Nothing in here computes anything; the capability packages produce these values and the report package writes them.
 * Beside the values, how engine time is kept: {@link io.mlgate.engine.api.EngineClock} (wall clock and CPU since
 * {@code main}) and {@link io.mlgate.engine.api.Background} (one piece of work on a second thread, with its CPU).
 */
package io.mlgate.engine.api;
