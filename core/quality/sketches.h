#pragma once

// Counting in bounded memory, for tables of any size: a 64-bit hash of bytes; distinct values
// counted exactly up to a bound, then estimated by HyperLogLog (Flajolet et al. 2007, with the
// small-range correction; precision 14: about 0.8% error, 16 KiB); a bottom-k MinHash sketch
// of a table's row hashes, whose overlap with another's estimates how many rows they share
// (Broder 1997; Cohen & Kaplan 2007); and a fixed-size uniform sample of numbers (reservoir
// sampling, Vitter's algorithm R) for quantiles, histograms and outliers.

#include <QByteArrayView>
#include <QList>

#include <array>
#include <cstdint>
#include <vector>

namespace dd::quality {

quint64 hash64(QByteArrayView bytes, quint64 seed = 0);
// Mixes a running hash with the next value's (rows hash as their fields in order).
inline quint64 combineHash(quint64 running, quint64 next)
{
    running ^= next + 0x9e3779b97f4a7c15ULL + (running << 6) + (running >> 2);
    return running;
}

// Distinct values (and how often values repeat) by their hashes: exact until `bound` distinct
// ones, then by adaptive sampling (Wegman; Flajolet 1990): only hashes in a shrinking share of
// the hash space (1/2, 1/4, ...) are kept, with how often each came, and counts are scaled up.
// A column without repeats reads 0 repeats at any size; memory is fixed by the bound.
class DistinctCounter {
public:
    explicit DistinctCounter(qsizetype bound = 10000);
    void add(quint64 hash);
    quint64 distinct() const;
    quint64 repeats() const; // values beyond each one's first occurrence
    bool isEstimate() const { return m_level > 0; }

private:
    struct Slot {
        quint64 hash;
        quint64 count; // 0: free
    };
    bool sampled(quint64 mixed) const { return m_level == 0 || (mixed >> (64 - m_level)) == 0; }
    void insert(quint64 mixed, quint64 count);
    void raiseLevel();
    void rehash(size_t size);

    std::vector<Slot> m_slots; // a power of two, grown up to m_capacity
    qsizetype m_used = 0;
    qsizetype m_bound;
    size_t m_capacity; // twice the bound, a power of two
    int m_level = 0;
    quint64 m_occurrences = 0; // of the kept hashes
};

class BottomKSketch {
public:
    static constexpr int k = 256;
    void add(quint64 hash);
    // Ascending, at most k.
    QList<quint64> values() const;
    // Estimated Jaccard similarity of the two sets the sketches were made of.
    static double similarity(const QList<quint64> &a, const QList<quint64> &b);

private:
    std::vector<quint64> m_heap; // a max-heap of the k smallest distinct hashes
};

class Reservoir {
public:
    static constexpr int size = 4096;
    void add(double value);
    std::vector<double> sorted() const;
    quint64 seen() const { return m_seen; }

private:
    std::vector<double> m_values;
    quint64 m_seen = 0;
    quint64 m_random = 0x853c49e6748fea9bULL;
};

} // namespace dd::quality
