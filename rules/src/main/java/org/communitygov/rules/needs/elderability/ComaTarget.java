package org.communitygov.rules.needs.elderability;

/**
 * The level given straight away to a person in a coma under GB/T 42195-2022: an open question (see
 * {@code docs/adr/0010-elder-ability-open-questions.md}).
 *
 * @since 0.1.0
 */
public enum ComaTarget {
  /** 能力完全丧失（完全失能）, level 4: what the public implementations do (the default). */
  COMPLETE_LOSS,
  /** 能力重度受损（重度失能）, level 3: as one Annex B transcription's note says. */
  SEVERE
}
