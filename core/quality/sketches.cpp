#include "quality/sketches.h"

#include <algorithm>
#include <bit>
#include <cmath>
#include <cstring>

namespace dd::quality {

namespace {

quint64 mix(quint64 x)
{
    // splitmix64's finaliser
    x ^= x >> 30;
    x *= 0xbf58476d1ce4e5b9ULL;
    x ^= x >> 27;
    x *= 0x94d049bb133111ebULL;
    return x ^ (x >> 31);
}

} // namespace

quint64 hash64(QByteArrayView bytes, quint64 seed)
{
    const char *p = bytes.data();
    qsizetype n = bytes.size();
    quint64 h = seed ^ (quint64(n) * 0x9e3779b97f4a7c15ULL);
    while (n >= 8) {
        quint64 word;
        std::memcpy(&word, p, 8);
        h = std::rotl(h ^ (word * 0xff51afd7ed558ccdULL), 29) * 0xc4ceb9fe1a85ec53ULL;
        p += 8;
        n -= 8;
    }
    quint64 tail = 0;
    if (n > 0) // an empty view may have no data pointer, which memcpy must not get
        std::memcpy(&tail, p, size_t(n));
    h ^= tail * 0x9e3779b97f4a7c15ULL;
    return mix(h);
}

DistinctCounter::DistinctCounter(qsizetype bound)
    : m_bound(std::max<qsizetype>(bound, 8)), m_capacity(size_t(std::bit_ceil(quint64(m_bound) * 2)))
{
    // Small first and doubled as values come: a column of few values (most of them, and every
    // small file) costs a few hundred bytes, not the bound's full table.
    m_slots.assign(std::min<size_t>(16, m_capacity), Slot {0, 0});
}

void DistinctCounter::rehash(size_t size)
{
    std::vector<Slot> old(size, Slot {0, 0});
    old.swap(m_slots);
    m_used = 0;
    for (const Slot &slot : old)
        if (slot.count > 0)
            insert(slot.hash, slot.count);
}

void DistinctCounter::insert(quint64 mixed, quint64 count)
{
    const size_t mask = m_slots.size() - 1;
    for (size_t i = size_t(mixed) & mask;; i = (i + 1) & mask) {
        Slot &slot = m_slots[i];
        if (slot.count == 0) {
            slot = {mixed, count};
            ++m_used;
            return;
        }
        if (slot.hash == mixed) {
            slot.count += count;
            return;
        }
    }
}

void DistinctCounter::raiseLevel()
{
    ++m_level;
    std::vector<Slot> old(m_slots.size(), Slot {0, 0});
    old.swap(m_slots);
    m_used = 0;
    m_occurrences = 0;
    for (const Slot &slot : old) {
        if (slot.count > 0 && sampled(slot.hash)) {
            insert(slot.hash, slot.count);
            m_occurrences += slot.count;
        }
    }
}

void DistinctCounter::add(quint64 hash)
{
    const quint64 mixed = mix(hash);
    if (!sampled(mixed))
        return;
    insert(mixed, 1);
    ++m_occurrences;
    if (size_t(m_used) * 2 > m_slots.size() && m_slots.size() < m_capacity)
        rehash(m_slots.size() * 2); // at most half full: probes stay short
    while (m_used >= m_bound && m_level < 63)
        raiseLevel();
}

quint64 DistinctCounter::distinct() const
{
    return quint64(m_used) << m_level;
}

quint64 DistinctCounter::repeats() const
{
    return (m_occurrences - quint64(m_used)) << m_level;
}

void BottomKSketch::add(quint64 hash)
{
    if (int(m_heap.size()) == k && hash >= m_heap.front())
        return;
    if (std::find(m_heap.begin(), m_heap.end(), hash) != m_heap.end())
        return;
    m_heap.push_back(hash);
    std::push_heap(m_heap.begin(), m_heap.end());
    if (int(m_heap.size()) > k) {
        std::pop_heap(m_heap.begin(), m_heap.end());
        m_heap.pop_back();
    }
}

QList<quint64> BottomKSketch::values() const
{
    std::vector<quint64> sorted = m_heap;
    std::sort(sorted.begin(), sorted.end());
    return QList<quint64>(sorted.begin(), sorted.end());
}

double BottomKSketch::similarity(const QList<quint64> &a, const QList<quint64> &b)
{
    if (a.isEmpty() || b.isEmpty())
        return 0;
    // The k smallest of the union, and how many of those both hold.
    QList<quint64> merged;
    std::set_union(a.begin(), a.end(), b.begin(), b.end(), std::back_inserter(merged));
    const qsizetype take = std::min<qsizetype>({qsizetype(k), merged.size(), std::max(a.size(), b.size())});
    int both = 0;
    for (qsizetype i = 0; i < take; ++i)
        both += std::binary_search(a.begin(), a.end(), merged[i]) && std::binary_search(b.begin(), b.end(), merged[i]);
    return take == 0 ? 0 : double(both) / double(take);
}

void Reservoir::add(double value)
{
    ++m_seen;
    if (int(m_values.size()) < size) {
        m_values.push_back(value);
        return;
    }
    // xorshift64*: reproducible, so a report measured twice is the same report.
    m_random ^= m_random >> 12;
    m_random ^= m_random << 25;
    m_random ^= m_random >> 27;
    const quint64 r = (m_random * 0x2545f4914f6cdd1dULL) % m_seen;
    if (r < quint64(size))
        m_values[size_t(r)] = value;
}

std::vector<double> Reservoir::sorted() const
{
    std::vector<double> out = m_values;
    std::sort(out.begin(), out.end());
    return out;
}

} // namespace dd::quality
