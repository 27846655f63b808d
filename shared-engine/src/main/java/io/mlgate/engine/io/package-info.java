/** File plumbing shared by every capability: atomic writes, lock files for writers that change a file, input fingerprints, JSON text. */
package io.mlgate.engine.io;
