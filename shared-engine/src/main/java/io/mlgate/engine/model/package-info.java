/**
 * Data as models see it, shared by training and model tests: a {@link io.mlgate.engine.model.Table} of numeric and
 * categorical columns read in one scan through the engine's data layer, the {@link io.mlgate.engine.model.ModelTask},
 * the feature naming rule ({@code col} for numbers, {@code col=value} for one-hot categories) and the conversion
 * of rows into Tribuo examples.
 */
package io.mlgate.engine.model;
