/**
 * Why a build's risk is what it is, in plain words: each feature is set back to its typical training value (the
 * median) and the change in the calibrated probability is that feature's contribution; the features that raise the
 * risk most are described from the build's own details ("touches build configuration: pom.xml"). Averaged over
 * many builds, the same effects say what a model looks at ({@link io.mlgate.engine.buildrisk.explain.Influence}).
 */
package io.mlgate.engine.buildrisk.explain;
