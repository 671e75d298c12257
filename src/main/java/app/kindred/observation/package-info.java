/**
 * Clinicians' observations on a couple: written, tagged with conditions, edited with every
 * earlier text kept, signed and then only corrected by addenda.
 */
package app.kindred.observation;
