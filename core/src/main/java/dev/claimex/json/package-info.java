/** JSON and JSON Lines: reading batch inputs and writing documents, with Jackson. */
package dev.claimex.json;
