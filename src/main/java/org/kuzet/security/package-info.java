/** Accounts, roles, API tokens, route rules and who sees what (Viewer, Visibility): owns app_user and api_token. */
package org.kuzet.security;
