/** Internal helpers; not part of the public API and free to change. */
package dev.claimex.internal;
