package org.communitygov.rules.ledger;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The JSON forms of tree heads and inclusion proofs, as {@code communitygov ledger} prints and
 * reads them: {@code {"rootHash":"<hex>","size":n,"time":"<instant>"}} and {@code
 * {"entry":"<key>","index":i,"leafHash":"<hex>","path":["<hex>",…],"treeSize":n}}, members sorted
 * by name.
 *
 * <p>This class is stateless and thread-safe.
 *
 * @since 0.1.0
 */
public final class ProofJson {
  private ProofJson() {}

  /**
   * Writes a tree head.
   *
   * @param head the head, not null
   * @return its JSON, not null
   */
  public static String write(TreeHead head) {
    return new CanonicalWriter()
        .begin()
        .field("rootHash", head.rootHex())
        .field("size", head.size())
        .field("time", head.time().toString())
        .end()
        .text();
  }

  /**
   * Writes an inclusion proof.
   *
   * @param proof the proof, not null
   * @return its JSON, not null
   */
  public static String write(InclusionProof proof) {
    CanonicalWriter w =
        new CanonicalWriter()
            .begin()
            .field("entry", proof.entry())
            .field("index", proof.index())
            .field("leafHash", Hashes.hex(proof.leafHash()))
            .beginArray("path");
    proof.path().forEach(h -> w.element(Hashes.hex(h)));
    return w.endArray().field("treeSize", proof.treeSize()).end().text();
  }

  /**
   * Reads a tree head.
   *
   * @param json the JSON, not null
   * @return the head, not null
   * @throws LedgerFormatException if the JSON is not a tree head
   */
  public static TreeHead readHead(String json) {
    JsonFields f = parse(json, "head").allow(Set.of("rootHash", "size", "time"));
    try {
      return TreeHead.of(f.number("size"), hash(f.text("rootHash")), Instant.parse(f.text("time")));
    } catch (DateTimeParseException | IllegalArgumentException e) {
      throw new LedgerFormatException("head: " + e.getMessage());
    }
  }

  /**
   * Reads an inclusion proof.
   *
   * @param json the JSON, not null
   * @return the proof, not null
   * @throws LedgerFormatException if the JSON is not an inclusion proof
   */
  public static InclusionProof readInclusionProof(String json) {
    JsonFields f =
        parse(json, "proof").allow(Set.of("entry", "index", "leafHash", "path", "treeSize"));
    List<byte[]> path = new ArrayList<>();
    for (JsonNode h : f.array("path")) {
      if (!h.isTextual()) {
        throw new LedgerFormatException("proof.path has an element that is not a string");
      }
      path.add(hash(h.textValue()));
    }
    return InclusionProof.of(
        f.text("entry"), f.number("index"), f.number("treeSize"), hash(f.text("leafHash")), path);
  }

  private static JsonFields parse(String json, String what) {
    return JsonFields.parse(json.strip().getBytes(StandardCharsets.UTF_8), what);
  }

  private static byte[] hash(String hex) {
    try {
      return Hashes.fromHex(hex);
    } catch (IllegalArgumentException e) {
      throw new LedgerFormatException("a hash is 64 lower-case hexadecimal digits");
    }
  }
}
