package eu.reloop.stamp;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The Merkle tree hash, inclusion proofs and consistency proofs of RFC 9162 (Certificate Transparency
 * 2.0, section 2.1) over SHA-256, and their verification. Leaves and inner nodes are hashed with
 * different prefixes (0x00, 0x01), so that no leaf can pass for a subtree.
 */
public final class MerkleTree {

    private static final byte LEAF = 0x00;
    private static final byte NODE = 0x01;

    private MerkleTree() {
    }

    public static byte[] leafHash(byte[] entry) {
        return sha256(new byte[] {LEAF}, entry);
    }

    /** MTH of the tree whose leaves have these hashes; the hash of nothing for an empty tree. */
    public static byte[] root(List<byte[]> leafHashes) {
        return leafHashes.isEmpty() ? sha256() : subtreeRoot(leafHashes, 0, leafHashes.size());
    }

    /** PATH(m, D[n]): the sibling hashes from leaf {@code index} up to the root, lowest first. */
    public static List<byte[]> inclusionProof(List<byte[]> leafHashes, int index) {
        if (index < 0 || index >= leafHashes.size()) {
            throw new IllegalArgumentException("Leaf " + index + " is not in a tree of " + leafHashes.size());
        }
        List<byte[]> proof = new ArrayList<>();
        path(leafHashes, index, 0, leafHashes.size(), proof);
        return proof;
    }

    /** PROOF(m, D[n]): what shows that the first {@code oldSize} leaves are unchanged in the tree of all of them. */
    public static List<byte[]> consistencyProof(List<byte[]> leafHashes, int oldSize) {
        if (oldSize < 1 || oldSize > leafHashes.size()) {
            throw new IllegalArgumentException("Size " + oldSize + " is not within 1.." + leafHashes.size());
        }
        List<byte[]> proof = new ArrayList<>();
        subproof(leafHashes, oldSize, 0, leafHashes.size(), true, proof);
        return proof;
    }

    /** RFC 9162, 2.1.3.2: whether the leaf hash is at {@code index} in the tree of {@code treeSize} with that root. */
    public static boolean verifyInclusion(int index, int treeSize, byte[] leafHash, List<byte[]> proof, byte[] root) {
        if (index < 0 || index >= treeSize) {
            return false;
        }
        long fn = index;
        long sn = treeSize - 1L;
        byte[] r = leafHash;
        for (byte[] p : proof) {
            if (sn == 0) {
                return false;
            }
            if ((fn & 1) == 1 || fn == sn) {
                r = sha256(new byte[] {NODE}, p, r);
                while ((fn & 1) == 0 && fn != 0) {
                    fn >>= 1;
                    sn >>= 1;
                }
            } else {
                r = sha256(new byte[] {NODE}, r, p);
            }
            fn >>= 1;
            sn >>= 1;
        }
        return sn == 0 && MessageDigest.isEqual(r, root);
    }

    /** RFC 9162, 2.1.4.2: whether the tree of {@code newSize} with {@code newRoot} extends the one of {@code oldSize}. */
    public static boolean verifyConsistency(int oldSize, int newSize, byte[] oldRoot, byte[] newRoot, List<byte[]> proof) {
        if (oldSize < 1 || oldSize > newSize) {
            return false;
        }
        if (oldSize == newSize) {
            return proof.isEmpty() && MessageDigest.isEqual(oldRoot, newRoot);
        }
        List<byte[]> path = new ArrayList<>(proof);
        if (Long.bitCount(oldSize) == 1) {
            path.addFirst(oldRoot);
        }
        if (path.isEmpty()) {
            return false;
        }
        long fn = oldSize - 1L;
        long sn = newSize - 1L;
        while ((fn & 1) == 1) {
            fn >>= 1;
            sn >>= 1;
        }
        byte[] fr = path.getFirst();
        byte[] sr = path.getFirst();
        for (byte[] c : path.subList(1, path.size())) {
            if (sn == 0) {
                return false;
            }
            if ((fn & 1) == 1 || fn == sn) {
                fr = sha256(new byte[] {NODE}, c, fr);
                sr = sha256(new byte[] {NODE}, c, sr);
                while ((fn & 1) == 0 && fn != 0) {
                    fn >>= 1;
                    sn >>= 1;
                }
            } else {
                sr = sha256(new byte[] {NODE}, sr, c);
            }
            fn >>= 1;
            sn >>= 1;
        }
        return sn == 0 && MessageDigest.isEqual(fr, oldRoot) && MessageDigest.isEqual(sr, newRoot);
    }

    private static byte[] subtreeRoot(List<byte[]> leaves, int from, int to) {
        if (to - from == 1) {
            return leaves.get(from);
        }
        int split = from + largestPowerOfTwoBelow(to - from);
        return sha256(new byte[] {NODE}, subtreeRoot(leaves, from, split), subtreeRoot(leaves, split, to));
    }

    private static void path(List<byte[]> leaves, int index, int from, int to, List<byte[]> proof) {
        if (to - from <= 1) {
            return;
        }
        int split = from + largestPowerOfTwoBelow(to - from);
        if (index < split) {
            path(leaves, index, from, split, proof);
            proof.add(subtreeRoot(leaves, split, to));
        } else {
            path(leaves, index, split, to, proof);
            proof.add(subtreeRoot(leaves, from, split));
        }
    }

    private static void subproof(List<byte[]> leaves, int m, int from, int to, boolean complete, List<byte[]> proof) {
        int n = to - from;
        if (m == n) {
            if (!complete) {
                proof.add(subtreeRoot(leaves, from, to));
            }
            return;
        }
        int k = largestPowerOfTwoBelow(n);
        if (m <= k) {
            subproof(leaves, m, from, from + k, complete, proof);
            proof.add(subtreeRoot(leaves, from + k, to));
        } else {
            subproof(leaves, m - k, from + k, to, false, proof);
            proof.add(subtreeRoot(leaves, from, from + k));
        }
    }

    /** The largest power of two smaller than {@code n} (n > 1). */
    private static int largestPowerOfTwoBelow(int n) {
        return Integer.highestOneBit(n - 1);
    }

    static byte[] sha256(byte[]... parts) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            Arrays.stream(parts).forEach(digest::update);
            return digest.digest();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java runtime has SHA-256", e);
        }
    }
}
