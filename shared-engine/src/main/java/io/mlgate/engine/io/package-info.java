/** File plumbing shared by every capability: atomic writes, input fingerprints, JSON text. */
package io.mlgate.engine.io;
