/**
 * What every feature stands on: the entity base class, the embedded database, the app shell and
 * the pages shown when something is missing or refused.
 */
package app.kindred.base;
