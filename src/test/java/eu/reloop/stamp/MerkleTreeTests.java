package eu.reloop.stamp;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

class MerkleTreeTests {

    private static final HexFormat HEX = HexFormat.of();

    /** The reference leaves and tree heads of RFC 6962's test data, which RFC 9162 hashes the same way. */
    private static final List<String> REFERENCE_LEAVES = List.of("", "00", "10", "2021", "3031", "40414243",
            "5051525354555657", "606162636465666768696a6b6c6d6e6f");
    private static final List<String> REFERENCE_ROOTS = List.of(
            "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855",
            "6e340b9cffb37a989ca544e6bb780a2c78901d3fb33738768511a30617afa01d",
            "fac54203e7cc696cf0dfcb42c92a1d9dbaf70ad9e621f4bd8d98662f00e3c125",
            "aeb6bcfe274b70a14fb067a5e5578264db0fa9b51af5e0ba159158f329e06e77",
            "d37ee418976dd95753c1c73862b9398fa2a2cf9b4ff0fdfe8b30cd95209614b7",
            "4e3bbb1f7b478dcfe71fb631631519a3bca12c9aefca1612bfce4c13a86264d4",
            "76e67dadbcdf1e10e1b74ddc608abd2f98dfb16fbce75277b5232a127f2087ef",
            "ddb89be403809e325750d3d263cd78929c2942b7942a34b77e122c9594a74c8c",
            "5dc9da79a70659a9ad559cb701ded9a2ab9d823aad2f4960cfe370eff4604328");

    @Test
    void rootsMatchTheReferenceTreeHeadsForEverySize() {
        List<byte[]> leaves = REFERENCE_LEAVES.stream().map(HEX::parseHex).map(MerkleTree::leafHash).toList();
        for (int size = 0; size <= leaves.size(); size++) {
            assertThat(HEX.formatHex(MerkleTree.root(leaves.subList(0, size)))).as("size %d", size)
                    .isEqualTo(REFERENCE_ROOTS.get(size));
        }
    }

    @Test
    void theInclusionProofOfTheFirstReferenceLeafIsTheReferenceProof() {
        List<byte[]> leaves = REFERENCE_LEAVES.stream().map(HEX::parseHex).map(MerkleTree::leafHash).toList();
        assertThat(MerkleTree.inclusionProof(leaves, 0)).extracting(HEX::formatHex).containsExactly(
                "96a296d224f285c67bee93c30f8a309157f0daa35dc5b87e410b78630a09cfc7",
                "5f083f0a1a33ca076a95279832580db3e0ef4584bdff1f54c8a360f50de3031e",
                "6b47aaf29ee3c2af9af889bc1fb9254dabd31177f16232dd6aab035ca39bf6e4");
    }

    @Test
    void everyInclusionProofVerifiesInEveryTreeSizeAndAnAlteredLeafDoesNot() {
        List<byte[]> all = leaves(37);
        for (int size = 1; size <= all.size(); size++) {
            List<byte[]> tree = all.subList(0, size);
            byte[] root = MerkleTree.root(tree);
            for (int index = 0; index < size; index++) {
                List<byte[]> proof = MerkleTree.inclusionProof(tree, index);
                assertThat(MerkleTree.verifyInclusion(index, size, tree.get(index), proof, root))
                        .as("leaf %d of %d", index, size).isTrue();
                assertThat(MerkleTree.verifyInclusion(index, size, MerkleTree.leafHash(new byte[] {42}), proof, root))
                        .as("altered leaf %d of %d", index, size).isFalse();
                if (size > 1) {
                    assertThat(MerkleTree.verifyInclusion((index + 1) % size, size, tree.get(index), proof, root))
                            .as("leaf %d claimed at another index of %d", index, size).isFalse();
                }
            }
        }
    }

    @Test
    void everyConsistencyProofVerifiesAndAHistoryRewrittenAnywhereDoesNot() {
        List<byte[]> all = leaves(33);
        for (int newSize = 1; newSize <= all.size(); newSize++) {
            byte[] newRoot = MerkleTree.root(all.subList(0, newSize));
            for (int oldSize = 1; oldSize <= newSize; oldSize++) {
                byte[] oldRoot = MerkleTree.root(all.subList(0, oldSize));
                List<byte[]> proof = MerkleTree.consistencyProof(all.subList(0, newSize), oldSize);
                assertThat(MerkleTree.verifyConsistency(oldSize, newSize, oldRoot, newRoot, proof))
                        .as("%d to %d", oldSize, newSize).isTrue();

                List<byte[]> rewritten = new ArrayList<>(all.subList(0, newSize));
                rewritten.set(oldSize - 1, MerkleTree.leafHash(new byte[] {42}));
                assertThat(MerkleTree.verifyConsistency(oldSize, newSize, oldRoot, MerkleTree.root(rewritten), proof))
                        .as("rewritten %d to %d", oldSize, newSize).isFalse();
            }
        }
    }

    private static List<byte[]> leaves(int count) {
        return IntStream.range(0, count).mapToObj(i -> MerkleTree.leafHash(new byte[] {(byte) i, (byte) (i * 7)})).toList();
    }
}
