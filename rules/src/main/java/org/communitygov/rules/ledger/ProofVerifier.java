package org.communitygov.rules.ledger;

import java.security.MessageDigest;
import java.util.List;

/**
 * Checks inclusion and consistency proofs with nothing but the proofs and tree heads, by the
 * algorithms of RFC 9162 §2.1.3.2 and §2.1.4.2.
 *
 * <p>This class is stateless and thread-safe.
 *
 * @since 0.1.0
 */
public final class ProofVerifier {
  private ProofVerifier() {}

  /**
   * Tells whether an inclusion proof shows its entry in the tree of a head.
   *
   * @param proof the proof, not null
   * @param head the head, of the proof's tree size, not null
   * @return true if the proof holds
   */
  public static boolean verify(InclusionProof proof, TreeHead head) {
    if (proof.treeSize() != head.size() || proof.index() < 0 || proof.index() >= head.size()) {
      return false;
    }
    Hashes hashes = Hashes.create();
    long fn = proof.index();
    long sn = head.size() - 1;
    byte[] r = proof.leafHash();
    for (byte[] p : proof.path()) {
      if (sn == 0) {
        return false;
      }
      if ((fn & 1) == 1 || fn == sn) {
        r = hashes.node(p, r);
        while ((fn & 1) == 0 && fn != 0) {
          fn >>= 1;
          sn >>= 1;
        }
      } else {
        r = hashes.node(r, p);
      }
      fn >>= 1;
      sn >>= 1;
    }
    return sn == 0 && MessageDigest.isEqual(r, head.rootHash());
  }

  /**
   * Tells whether a consistency proof shows that a later head's tree extends an earlier head's.
   *
   * @param proof the proof, not null
   * @param first the earlier head, not null
   * @param second the later head, not null
   * @return true if the proof holds
   */
  public static boolean verify(ConsistencyProof proof, TreeHead first, TreeHead second) {
    long m = first.size();
    long n = second.size();
    if (proof.first() != m || proof.second() != n || m > n || m < 1) {
      return false;
    }
    List<byte[]> path = proof.path();
    if (m == n) {
      return path.isEmpty() && first.sameTree(second);
    }
    if (path.isEmpty()) {
      return false;
    }
    Hashes hashes = Hashes.create();
    int start = 0;
    byte[] seed;
    if (Long.bitCount(m) == 1) {
      seed = first.rootHash();
    } else {
      seed = path.get(0);
      start = 1;
    }
    long fn = m - 1;
    long sn = n - 1;
    while ((fn & 1) == 1) {
      fn >>= 1;
      sn >>= 1;
    }
    byte[] fr = seed;
    byte[] sr = seed;
    for (int i = start; i < path.size(); i++) {
      byte[] c = path.get(i);
      if (sn == 0) {
        return false;
      }
      if ((fn & 1) == 1 || fn == sn) {
        fr = hashes.node(c, fr);
        sr = hashes.node(c, sr);
        while ((fn & 1) == 0 && fn != 0) {
          fn >>= 1;
          sn >>= 1;
        }
      } else {
        sr = hashes.node(sr, c);
      }
      fn >>= 1;
      sn >>= 1;
    }
    return sn == 0
        && MessageDigest.isEqual(fr, first.rootHash())
        && MessageDigest.isEqual(sr, second.rootHash());
  }
}
