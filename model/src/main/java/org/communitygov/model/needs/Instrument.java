package org.communitygov.model.needs;

/**
 * The instrument (standard or scale) a needs assessment used.
 *
 * @since 0.1.0
 */
public enum Instrument {
  /** GB/T 42195-2022《老年人能力评估规范》: 26 items, 0–90, five levels. The current national standard. */
  GB_T_42195_2022,
  /** MZ/T 039-2013《老年人能力评估》: four dimensions, four levels; replaced by GB/T 42195-2022. */
  MZ_T_039_2013,
  /** The Barthel Index of activities of daily living: 10 items, 0–100. */
  BARTHEL
}
