/**
 * AssertJ assertions for users' own tests: is a calculation consistent with a printed figure, does
 * a claim hold?
 * <p>
 * Start from {@link dev.prospectus.assertj.ProspectusAssertions#assertThat}:
 * {@code assertThat(growth).isConsistentWith("782.2%")}, {@code assertThat(verdict).isConsistent()}.
 * Failure messages show both ranges and every input with its source.
 * <p>
 * AssertJ is an optional dependency of the library: only code that uses this package needs it on
 * its (test) class path.
 */
package dev.prospectus.assertj;
