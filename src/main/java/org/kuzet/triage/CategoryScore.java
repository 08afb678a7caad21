package org.kuzet.triage;

/** A proposed category with the model's confidence in it, between 0 and 1. */
public record CategoryScore(String category, double score) {
}
