/**
 * The command line, {@link dev.prospectus.cli.Main}: the main job that prints the analysis of a
 * bundled or given dataset.
 */
package dev.prospectus.cli;
