/**
 * The data commands as engine calls, one per front-end entry point: profile, infer a schema, validate. Each takes
 * an immutable request, does all the work, and returns a value (a {@link io.mlgate.engine.api.GateReport} or a
 * schema) that every front end maps the same way.
 */
package io.mlgate.engine.validate.run;
