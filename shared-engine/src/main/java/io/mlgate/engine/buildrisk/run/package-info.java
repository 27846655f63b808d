/**
 * The {@code buildrisk} commands as engine calls: a request record in, a {@link io.mlgate.engine.api.GateReport} out
 * with a report section of the capability's own figures. {@code import} and {@code record} keep the history file,
 * {@code features} exports what the model sees, {@code train} saves a model, {@code evaluate} measures one against
 * the previous-outcome baseline, {@code predict} scores a commit before its build runs.
 */
package io.mlgate.engine.buildrisk.run;
