/**
 * Reading JMH result JSON (JMH 1.2x to 1.37) and the suite's optional {@code environment.json}
 * into checked values. Depends on Jackson only; bad files become warnings, never exceptions.
 */
package dev.boundbench.analysis.read;
