package org.communitygov.model.household;

/**
 * A person's household-registration (户籍) status relative to the community.
 *
 * @since 0.1.0
 */
public enum HukouStatus {
  /** 本地户籍: registered (hukou) in this place. */
  LOCAL,
  /** 流动人口: living here with hukou registered elsewhere (a migrant). */
  MIGRANT,
  /** Neither, or not known: foreigners, persons without registration (黑户), pending transfers. */
  OTHER
}
