/** Official replies and statements beside the allegations: owns the statement tables; others use Statements. */
package org.kuzet.statement;
