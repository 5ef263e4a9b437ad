package org.communitygov.api.exchange;

import java.util.Map;

/**
 * How the records of one kind take part in the checks between records (ADR 0062): which of their
 * members are keys of which target, which refer to which target, and which values the document
 * shares. One per kind that takes part; {@link #of(RecordKind)} finds it.
 */
interface LinkDeclaration {
  /** The declaration of kinds that take no part. */
  LinkDeclaration NONE =
      new LinkDeclaration() {
        @Override
        public Links links(Object record) {
          return Links.NONE;
        }

        @Override
        public Map<String, String> keyPointers() {
          return Map.of();
        }
      };

  /**
   * The links of a record that was bound.
   *
   * @param record the record, of the kind's type
   */
  Links links(Object record);

  /**
   * Where the keys are written, by pointer, and of which target: read from a record that did not
   * bind, so that references to it are not reported as unresolved.
   */
  Map<String, String> keyPointers();

  /** The declaration of a kind. */
  static LinkDeclaration of(RecordKind kind) {
    return switch (kind) {
      case SERVICES -> CatalogueLinks.INSTANCE;
      case SERVICE_LOOP -> LoopLinks.INSTANCE;
      case POINTS_TRANSACTIONS -> PointsLinks.INSTANCE;
      case LEDGER -> LedgerLinks.INSTANCE;
      default -> NONE;
    };
  }
}
