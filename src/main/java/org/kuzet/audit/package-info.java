/**
 * The append-only, hash-chained log of every change: owns audit_entry; others call AuditLog inside their own
 * transaction.
 */
package org.kuzet.audit;
