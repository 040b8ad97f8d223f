/**
 * Who may use the watch floor: users with salted PBKDF2 password hashes in a file under the data
 * dir, roles ({@code viewer} &lt; {@code analyst} &lt; {@code admin}) and in-memory sign-in
 * sessions with their CSRF tokens. No HTTP here; the http package applies these rules.
 */
package org.echowatch.indexer.auth;
