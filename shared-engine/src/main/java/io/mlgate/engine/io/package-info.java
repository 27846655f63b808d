/** File plumbing shared by every capability: atomic writes and input fingerprints. */
package io.mlgate.engine.io;
