/**
 * Legal cases followed to the verdict: owns the legal case tables and the legal articles; others use LegalCaseBook and
 * LegalCases.
 */
package org.kuzet.legalcase;
