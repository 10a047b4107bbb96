/**
 * Deliberate violations of every rule in {@code ArchitectureTest}, laid out like the real packages, so that each
 * rule is shown to report what it forbids (a rule that matches nothing would pass forever). Never used by code.
 */
package dev.skillradar.archfixture;
