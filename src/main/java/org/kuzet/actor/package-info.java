/** Actors (officials, bodies, media) named in incidents and statements: owns the actor tables; others use Actors. */
package org.kuzet.actor;
