/**
 * The policy file {@code mlgate.yml}: its top level ({@code version} and one section per capability), read
 * strictly. Each capability reads its own section; this package only dispatches and checks the version.
 */
package io.mlgate.engine.policy;
