package org.communitygov.bench;

import java.math.BigDecimal;
import java.util.Set;
import org.communitygov.rules.needs.priority.PriorityGroup;

/**
 * What the three implementations of the benchmark must agree on for a household: the 低保 outcome
 * code and benefit, the elder ability level, and the priority groups.
 *
 * @param mlgCode the 低保 outcome code
 * @param benefit the monthly benefit, or null if not eligible
 * @param level the elder ability level, 0–4
 * @param groups every priority group found
 */
record NeedsOutcome(String mlgCode, BigDecimal benefit, int level, Set<PriorityGroup> groups) {}
