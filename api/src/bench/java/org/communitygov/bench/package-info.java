/**
 * JMH benchmarks and JOL footprints of communitygov, built only with {@code -Pbench}; results and
 * commands are in {@code docs/performance.md}.
 */
@NullMarked
package org.communitygov.bench;

import org.jspecify.annotations.NullMarked;
