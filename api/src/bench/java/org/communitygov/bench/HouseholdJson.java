package org.communitygov.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.util.Arrays;
import java.util.concurrent.TimeUnit;
import org.communitygov.api.json.CommunityGovMappers;
import org.communitygov.model.household.Household;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Reading and writing the 4-person {@link FourPersonHousehold} (issue 3: at most 2× plain Jackson):
 * {@link Household} with the hardened {@link CommunityGovMappers#strict()} mapper, every check on
 * (identifier patterns, citizen-ID checksums and birth dates, phone formats, money scale, the
 * household's invariants), against the baseline, {@link PlainHousehold} with {@link
 * PlainJackson#mapper()}, no check at all.
 *
 * <p>Both sides read the same UTF-8 bytes (the household as the strict mapper writes it, about 1.8
 * kB) and write the very same bytes back (checked in {@link #setUp()}). One operation is one
 * household: read, write, or read then write.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class HouseholdJson {
  private ObjectReader communityGovReader;
  private ObjectWriter communityGovWriter;
  private ObjectReader plainReader;
  private ObjectWriter plainWriter;
  private byte[] json;
  private Household household;
  private PlainHousehold plainHousehold;

  /**
   * Builds the mappers, reads the household on both sides and checks that they agree: the strict
   * mapper keeps every value of the document, and both sides write identical bytes.
   *
   * @throws IOException never, unless the document is invalid or the two sides disagree
   */
  @Setup
  public void setUp() throws IOException {
    JsonMapper communityGov = CommunityGovMappers.strict();
    JsonMapper plain = PlainJackson.mapper();
    communityGovReader = communityGov.readerFor(Household.class);
    communityGovWriter = communityGov.writerFor(Household.class);
    plainReader = plain.readerFor(PlainHousehold.class);
    plainWriter = plain.writerFor(PlainHousehold.class);

    Household original = communityGovReader.readValue(FourPersonHousehold.JSON);
    json = communityGovWriter.writeValueAsBytes(original);
    JsonNode source = communityGov.readTree(FourPersonHousehold.JSON);
    if (!source.equals(communityGov.readTree(json))) {
      throw new IllegalStateException("the strict mapper does not write what it read");
    }
    household = readCommunityGov();
    plainHousehold = readPlain();
    if (household.members().size() != 4 || plainHousehold.members().size() != 4) {
      throw new IllegalStateException("the household must have 4 members");
    }
    if (!household.equals(original)
        || !Arrays.equals(writeCommunityGov(), json)
        || !Arrays.equals(writePlain(), json)
        || !Arrays.equals(readWriteCommunityGov(), json)
        || !Arrays.equals(readWritePlain(), json)) {
      throw new IllegalStateException("the two sides do not read and write the same JSON");
    }
  }

  /**
   * Reads the household with the strict mapper.
   *
   * @return the household
   * @throws IOException never
   */
  @Benchmark
  public Household readCommunityGov() throws IOException {
    return communityGovReader.readValue(json);
  }

  /**
   * Reads the plain records with a plain mapper: the baseline.
   *
   * @return the household
   * @throws IOException never
   */
  @Benchmark
  public PlainHousehold readPlain() throws IOException {
    return plainReader.readValue(json);
  }

  /**
   * Writes the household with the strict mapper.
   *
   * @return the JSON
   * @throws IOException never
   */
  @Benchmark
  public byte[] writeCommunityGov() throws IOException {
    return communityGovWriter.writeValueAsBytes(household);
  }

  /**
   * Writes the plain records with a plain mapper: the baseline.
   *
   * @return the JSON
   * @throws IOException never
   */
  @Benchmark
  public byte[] writePlain() throws IOException {
    return plainWriter.writeValueAsBytes(plainHousehold);
  }

  /**
   * Reads the household with the strict mapper and writes it back.
   *
   * @return the JSON
   * @throws IOException never
   */
  @Benchmark
  public byte[] readWriteCommunityGov() throws IOException {
    Household read = communityGovReader.readValue(json);
    return communityGovWriter.writeValueAsBytes(read);
  }

  /**
   * Reads the plain records with a plain mapper and writes them back: the baseline.
   *
   * @return the JSON
   * @throws IOException never
   */
  @Benchmark
  public byte[] readWritePlain() throws IOException {
    PlainHousehold read = plainReader.readValue(json);
    return plainWriter.writeValueAsBytes(read);
  }
}
