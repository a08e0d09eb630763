/**
 * Test support shared by every module's tests: {@link dev.claimex.testing.DocumentInvariants}
 * (called by every stage's tests), hand-built documents and model-free stub stages.
 */
package dev.claimex.testing;
